-- Reablement periods: a council's short-term support to regain independence, from its first day to
-- its last, with where the person went next (so steps down to private care and up to commissioned
-- care can be followed). The outcome is recorded once the period has ended, never before.
CREATE TABLE "reablement_period" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "started_on" DATE NOT NULL,
    "started_by" TEXT NOT NULL,
    "ended_on" DATE,
    "ended_by" TEXT,
    "outcome" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
    CONSTRAINT "reablement_period_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "reablement_period_outcome" CHECK ("outcome" IS NULL OR "outcome" IN ('NO_FURTHER_SUPPORT','COMMISSIONED_CARE','DIRECT_PAYMENT','PRIVATE_MICRO_CARE','RESIDENTIAL_CARE')),
    CONSTRAINT "reablement_period_ended" CHECK (("ended_on" IS NULL) = ("outcome" IS NULL) AND ("ended_on" IS NULL) = ("ended_by" IS NULL)),
    CONSTRAINT "reablement_period_order" CHECK ("ended_on" IS NULL OR "ended_on" >= "started_on"),
    CONSTRAINT "reablement_period_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE INDEX "reablement_period_council_id_started_on_idx" ON "reablement_period"("council_id", "started_on");
CREATE INDEX "reablement_period_person_id_idx" ON "reablement_period"("person_id");

-- A person merge moves the reablement periods of the retired person too.
ALTER TABLE "person_repoint" DROP CONSTRAINT "person_repoint_table_name";
ALTER TABLE "person_repoint" ADD CONSTRAINT "person_repoint_table_name" CHECK ("table_name" IN ('direct_payment','individual_service_fund','commissioned_package','care_plan','safeguarding_concern','safeguarding_follow_up','reablement_period'));
