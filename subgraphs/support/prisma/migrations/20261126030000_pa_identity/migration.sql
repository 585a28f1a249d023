-- One PA, one record: registration through matching (match keys, a register's own identifiers
-- for its PAs, the review queue and its decisions) and merging two records of one PA.
-- Registrations and merges with an idempotency key reuse the "idempotency_key" table.

-- A merged PA is kept and points at the survivor.
ALTER TABLE "personal_assistant" ADD COLUMN "merged_into" UUID;
CREATE INDEX "personal_assistant_merged_into_idx" ON "personal_assistant"("merged_into");
ALTER TABLE "personal_assistant" ADD CONSTRAINT "personal_assistant_merged_into_fkey" FOREIGN KEY ("merged_into") REFERENCES "personal_assistant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "personal_assistant" ADD CONSTRAINT "personal_assistant_not_merged_into_self" CHECK ("merged_into" IS NULL OR "merged_into" <> "id");

-- Blocking keys per PA (written by the seed, by registration, and at start for PAs held before matching).
CREATE TABLE "pa_match_key" (
    "personal_assistant_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    CONSTRAINT "pa_match_key_pkey" PRIMARY KEY ("personal_assistant_id", "key")
);
CREATE INDEX "pa_match_key_key_idx" ON "pa_match_key"("key");
ALTER TABLE "pa_match_key" ADD CONSTRAINT "pa_match_key_personal_assistant_id_fkey" FOREIGN KEY ("personal_assistant_id") REFERENCES "personal_assistant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A register organisation's own identifier for a PA (its staff number, its register entry).
CREATE TABLE "pa_local_identifier" (
    "organisation_id" UUID NOT NULL,
    "value" TEXT NOT NULL,
    "personal_assistant_id" UUID NOT NULL,
    CONSTRAINT "pa_local_identifier_pkey" PRIMARY KEY ("organisation_id", "value")
);
CREATE INDEX "pa_local_identifier_personal_assistant_id_idx" ON "pa_local_identifier"("personal_assistant_id");
ALTER TABLE "pa_local_identifier" ADD CONSTRAINT "pa_local_identifier_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "support_organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "pa_local_identifier" ADD CONSTRAINT "pa_local_identifier_personal_assistant_id_fkey" FOREIGN KEY ("personal_assistant_id") REFERENCES "personal_assistant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "pa_match_review" (
    "id" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "submitted" JSONB NOT NULL,
    "candidates" JSONB NOT NULL DEFAULT '[]',
    "personal_assistant_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "pa_match_review_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "pa_match_review_status" CHECK ("status" IN ('OPEN','LINKED','NOT_A_MATCH')),
    -- A settled review names the PA the identity belongs to; an open one names no one.
    CONSTRAINT "pa_match_review_pa_when_settled" CHECK (("status" = 'OPEN') = ("personal_assistant_id" IS NULL))
);
CREATE INDEX "pa_match_review_status_created_at_id_idx" ON "pa_match_review"("status", "created_at", "id");
CREATE INDEX "pa_match_review_personal_assistant_id_idx" ON "pa_match_review"("personal_assistant_id");

CREATE TABLE "pa_match_decision" (
    "id" UUID NOT NULL,
    "review_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "personal_assistant_id" UUID,
    "from_personal_assistant_id" UUID,
    "identifiers" JSONB NOT NULL DEFAULT '[]',
    "automatic" BOOLEAN NOT NULL DEFAULT false,
    "decided_by" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "decided_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "pa_match_decision_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "pa_match_decision_action" CHECK ("action" IN ('LINK','NOT_A_MATCH','UNLINK','REOPEN')),
    CONSTRAINT "pa_match_decision_who_and_why" CHECK (length(trim("decided_by")) > 0 AND length(trim("reason")) > 0)
);
CREATE INDEX "pa_match_decision_review_id_decided_at_idx" ON "pa_match_decision"("review_id", "decided_at");
ALTER TABLE "pa_match_decision" ADD CONSTRAINT "pa_match_decision_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "pa_match_review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "pa_merge" (
    "id" UUID NOT NULL,
    "survivor_id" UUID NOT NULL,
    "retired_id" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "decided_by" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "merged_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "unmerged_at" TIMESTAMPTZ(6),
    "unmerged_by" TEXT,
    "unmerge_reason" TEXT,
    -- What moved here, so an unmerge moves exactly that back (employments are in "pa_repoint").
    "moved_identifiers" JSONB NOT NULL DEFAULT '[]',
    "retired_match_keys" TEXT[] NOT NULL DEFAULT '{}',
    "added_match_keys" TEXT[] NOT NULL DEFAULT '{}',
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "pa_merge_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "pa_merge_status" CHECK ("status" IN ('MERGED','PENDING','UNMERGED')),
    CONSTRAINT "pa_merge_two_pas" CHECK ("survivor_id" <> "retired_id"),
    CONSTRAINT "pa_merge_who_and_why" CHECK (length(trim("decided_by")) > 0 AND length(trim("reason")) > 0)
);
CREATE INDEX "pa_merge_survivor_id_idx" ON "pa_merge"("survivor_id");
CREATE INDEX "pa_merge_retired_id_idx" ON "pa_merge"("retired_id");
CREATE INDEX "pa_merge_status_idx" ON "pa_merge"("status");
ALTER TABLE "pa_merge" ADD CONSTRAINT "pa_merge_survivor_id_fkey" FOREIGN KEY ("survivor_id") REFERENCES "personal_assistant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "pa_merge" ADD CONSTRAINT "pa_merge_retired_id_fkey" FOREIGN KEY ("retired_id") REFERENCES "personal_assistant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Each subgraph's step of a PA merge: SUPPORT (this register's employments) and TRAINING.
CREATE TABLE "pa_merge_step" (
    "merge_id" UUID NOT NULL,
    "subgraph" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "rows_moved" INTEGER NOT NULL DEFAULT 0,
    "overlaps" TEXT[] NOT NULL DEFAULT '{}',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "pa_merge_step_pkey" PRIMARY KEY ("merge_id", "subgraph"),
    CONSTRAINT "pa_merge_step_subgraph" CHECK ("subgraph" IN ('SUPPORT','TRAINING')),
    CONSTRAINT "pa_merge_step_state" CHECK ("state" IN ('PENDING','DONE','FAILED','UNDONE'))
);
ALTER TABLE "pa_merge_step" ADD CONSTRAINT "pa_merge_step_merge_id_fkey" FOREIGN KEY ("merge_id") REFERENCES "pa_merge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The rows a PA merge moved here (employments naming the retired PA), so a revert moves exactly those back.
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
    CONSTRAINT "pa_repoint_table_name" CHECK ("table_name" IN ('employment')),
    CONSTRAINT "pa_repoint_two_pas" CHECK ("from_pa_id" <> "to_pa_id")
);
CREATE INDEX "pa_repoint_table_name_row_id_idx" ON "pa_repoint"("table_name", "row_id");
ALTER TABLE "pa_repoint" ADD CONSTRAINT "pa_repoint_merge_id_fkey" FOREIGN KEY ("merge_id") REFERENCES "pa_repoint_merge"("merge_id") ON DELETE RESTRICT ON UPDATE CASCADE;
