-- PA merges, the training side: when the support register finds two PA records are one PA it
-- moves every training record (and so every competence) naming the retired PA to the survivor,
-- and records each moved row so the merge can be repeated safely and reverted exactly. Merge and
-- PA ids belong to the support subgraph: no foreign keys to them.
CREATE TABLE "pa_repoint_merge" (
    "merge_id" UUID NOT NULL,
    "from_pa_id" UUID NOT NULL,
    "to_pa_id" UUID NOT NULL,
    "repointed_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reverted_at" TIMESTAMPTZ(6),
    CONSTRAINT "pa_repoint_merge_pkey" PRIMARY KEY ("merge_id"),
    CONSTRAINT "pa_repoint_merge_two_pas" CHECK ("from_pa_id" <> "to_pa_id")
);

CREATE TABLE "pa_repoint" (
    "merge_id" UUID NOT NULL,
    "table_name" TEXT NOT NULL,
    "row_id" UUID NOT NULL,
    "from_pa_id" UUID NOT NULL,
    "to_pa_id" UUID NOT NULL,
    "moved_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reverted_at" TIMESTAMPTZ(6),
    CONSTRAINT "pa_repoint_pkey" PRIMARY KEY ("merge_id", "table_name", "row_id"),
    CONSTRAINT "pa_repoint_table_name" CHECK ("table_name" IN ('training_record')),
    CONSTRAINT "pa_repoint_two_pas" CHECK ("from_pa_id" <> "to_pa_id")
);
CREATE INDEX "pa_repoint_table_name_row_id_idx" ON "pa_repoint"("table_name", "row_id");
ALTER TABLE "pa_repoint" ADD CONSTRAINT "pa_repoint_merge_id_fkey" FOREIGN KEY ("merge_id") REFERENCES "pa_repoint_merge"("merge_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The same course completed on the same day by both records of one PA is an overlap to report,
-- not a record to lose: a moved record keeps the id it was first recorded for, and the
-- one-completion-per-day key counts records recorded for the PA itself apart from moved ones.
ALTER TABLE "training_record" ADD COLUMN "moved_from_pa_id" UUID;
DROP INDEX "training_record_pa_course_completed_on_key";
CREATE UNIQUE INDEX "training_record_pa_course_completed_on_key" ON "training_record"("personal_assistant_id", "course_id", "completed_on", (COALESCE("moved_from_pa_id", '00000000-0000-0000-0000-000000000000'::uuid)));
