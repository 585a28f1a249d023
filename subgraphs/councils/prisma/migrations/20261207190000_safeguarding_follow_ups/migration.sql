-- Scheduled safeguarding follow-ups (e.g. the four-week review call after a new placement): due on a
-- day, recorded done once, by whom and with what outcome, and linked to a concern when one is raised.
CREATE TABLE "safeguarding_follow_up" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "due_on" DATE NOT NULL,
    "scheduled_by" TEXT NOT NULL,
    "done_on" DATE,
    "done_by" TEXT,
    "outcome" TEXT,
    "concern_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
    CONSTRAINT "safeguarding_follow_up_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "safeguarding_follow_up_kind" CHECK ("kind" IN ('FOUR_WEEK_REVIEW_CALL','PLACEMENT_REVIEW','CONCERN_FOLLOW_UP','OTHER')),
    CONSTRAINT "safeguarding_follow_up_outcome" CHECK ("outcome" IS NULL OR "outcome" IN ('NO_CONCERNS','CONCERN_RAISED','NOT_REACHED')),
    CONSTRAINT "safeguarding_follow_up_done" CHECK (("done_on" IS NULL) = ("outcome" IS NULL) AND ("done_on" IS NULL) = ("done_by" IS NULL)),
    CONSTRAINT "safeguarding_follow_up_concern" CHECK (("outcome" = 'CONCERN_RAISED') = ("concern_id" IS NOT NULL)),
    CONSTRAINT "safeguarding_follow_up_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "safeguarding_follow_up_concern_id_fkey" FOREIGN KEY ("concern_id") REFERENCES "safeguarding_concern"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE INDEX "safeguarding_follow_up_council_id_due_on_idx" ON "safeguarding_follow_up"("council_id", "due_on");
CREATE INDEX "safeguarding_follow_up_person_id_idx" ON "safeguarding_follow_up"("person_id");
