-- Person merges, the training side: when the hub finds two person records are one person it
-- moves every training funding claim naming the retired id as employer to the survivor, and
-- records each moved row so the merge can be repeated safely and reverted exactly. Merge and
-- person ids belong to the people subgraph: no foreign keys to them.
CREATE TABLE "person_repoint_merge" (
    "merge_id" UUID NOT NULL,
    "from_person_id" UUID NOT NULL,
    "to_person_id" UUID NOT NULL,
    "repointed_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reverted_at" TIMESTAMPTZ(6),
    CONSTRAINT "person_repoint_merge_pkey" PRIMARY KEY ("merge_id"),
    CONSTRAINT "person_repoint_merge_two_people" CHECK ("from_person_id" <> "to_person_id")
);

CREATE TABLE "person_repoint" (
    "merge_id" UUID NOT NULL,
    "table_name" TEXT NOT NULL,
    "row_id" UUID NOT NULL,
    "from_person_id" UUID NOT NULL,
    "to_person_id" UUID NOT NULL,
    "moved_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reverted_at" TIMESTAMPTZ(6),
    CONSTRAINT "person_repoint_pkey" PRIMARY KEY ("merge_id", "table_name", "row_id"),
    CONSTRAINT "person_repoint_table_name" CHECK ("table_name" IN ('training_funding_claim')),
    CONSTRAINT "person_repoint_two_people" CHECK ("from_person_id" <> "to_person_id")
);

-- Which merges moved a row (a row moved again by a later merge has one entry per merge).
CREATE INDEX "person_repoint_table_name_row_id_idx" ON "person_repoint"("table_name", "row_id");

ALTER TABLE "person_repoint" ADD CONSTRAINT "person_repoint_merge_id_fkey" FOREIGN KEY ("merge_id") REFERENCES "person_repoint_merge"("merge_id") ON DELETE RESTRICT ON UPDATE CASCADE;
