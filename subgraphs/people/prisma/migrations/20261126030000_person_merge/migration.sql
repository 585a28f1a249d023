-- Merging two records of one person: the retired row is kept and points at the survivor.
ALTER TABLE "person" ADD COLUMN "merged_into" UUID;
CREATE INDEX "person_merged_into_idx" ON "person"("merged_into");
ALTER TABLE "person" ADD CONSTRAINT "person_merged_into_fkey" FOREIGN KEY ("merged_into") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "person" ADD CONSTRAINT "person_not_merged_into_self" CHECK ("merged_into" IS NULL OR "merged_into" <> "id");

CREATE TABLE "person_merge" (
    "id" UUID NOT NULL,
    "survivor_id" UUID NOT NULL,
    "retired_person_id" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "decided_by" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "merged_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "unmerged_at" TIMESTAMPTZ(6),
    "unmerged_by" TEXT,
    "unmerge_reason" TEXT,
    -- What moved at the hub, so an unmerge moves exactly that back.
    "moved_identifiers" JSONB NOT NULL DEFAULT '[]',
    "retired_match_keys" TEXT[] NOT NULL DEFAULT '{}',
    "added_match_keys" TEXT[] NOT NULL DEFAULT '{}',
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "person_merge_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "person_merge_status" CHECK ("status" IN ('MERGED','PENDING','UNMERGED')),
    CONSTRAINT "person_merge_two_people" CHECK ("survivor_id" <> "retired_person_id"),
    CONSTRAINT "person_merge_who_and_why" CHECK (length(trim("decided_by")) > 0 AND length(trim("reason")) > 0)
);

CREATE INDEX "person_merge_survivor_id_idx" ON "person_merge"("survivor_id");
CREATE INDEX "person_merge_retired_person_id_idx" ON "person_merge"("retired_person_id");
CREATE INDEX "person_merge_status_idx" ON "person_merge"("status");

ALTER TABLE "person_merge" ADD CONSTRAINT "person_merge_survivor_id_fkey" FOREIGN KEY ("survivor_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "person_merge" ADD CONSTRAINT "person_merge_retired_person_id_fkey" FOREIGN KEY ("retired_person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "person_merge_step" (
    "merge_id" UUID NOT NULL,
    "subgraph" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "rows_moved" INTEGER NOT NULL DEFAULT 0,
    "overlaps" TEXT[] NOT NULL DEFAULT '{}',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "person_merge_step_pkey" PRIMARY KEY ("merge_id", "subgraph"),
    CONSTRAINT "person_merge_step_subgraph" CHECK ("subgraph" IN ('COUNCILS','HEALTH','SUPPORT')),
    CONSTRAINT "person_merge_step_state" CHECK ("state" IN ('PENDING','DONE','FAILED','UNDONE'))
);

ALTER TABLE "person_merge_step" ADD CONSTRAINT "person_merge_step_merge_id_fkey" FOREIGN KEY ("merge_id") REFERENCES "person_merge"("id") ON DELETE CASCADE ON UPDATE CASCADE;
