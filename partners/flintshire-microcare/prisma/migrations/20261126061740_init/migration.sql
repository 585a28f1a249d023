-- Flintshire Micro-care Support: activities with people (people are the hub's; only their ids are kept).
CREATE TABLE "activity" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "on" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "activity_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "activity_title_not_blank" CHECK (length(trim("title")) > 0)
);

CREATE INDEX "activity_person_id_on_id_idx" ON "activity"("person_id", "on" DESC, "id");
CREATE INDEX "activity_on_id_idx" ON "activity"("on" DESC, "id");
