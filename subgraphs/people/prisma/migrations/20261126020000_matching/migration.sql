-- Record linkage: blocking keys per person, the review queue and its decisions.
-- Registrations with an idempotency key reuse the "idempotency_key" table.
CREATE TABLE "person_match_key" (
    "person_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    CONSTRAINT "person_match_key_pkey" PRIMARY KEY ("person_id", "key")
);

CREATE INDEX "person_match_key_key_idx" ON "person_match_key"("key");

ALTER TABLE "person_match_key" ADD CONSTRAINT "person_match_key_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "match_review" (
    "id" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "submitted" JSONB NOT NULL,
    "candidates" JSONB NOT NULL DEFAULT '[]',
    "person_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "match_review_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "match_review_status" CHECK ("status" IN ('OPEN','LINKED','NOT_A_MATCH')),
    -- A settled review names the person the identity belongs to; an open one names no one.
    CONSTRAINT "match_review_person_when_settled" CHECK (("status" = 'OPEN') = ("person_id" IS NULL))
);

CREATE INDEX "match_review_status_created_at_id_idx" ON "match_review"("status", "created_at", "id");
CREATE INDEX "match_review_person_id_idx" ON "match_review"("person_id");

CREATE TABLE "match_decision" (
    "id" UUID NOT NULL,
    "review_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "person_id" UUID,
    "from_person_id" UUID,
    "identifiers" JSONB NOT NULL DEFAULT '[]',
    "automatic" BOOLEAN NOT NULL DEFAULT false,
    "decided_by" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "decided_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "match_decision_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "match_decision_action" CHECK ("action" IN ('LINK','NOT_A_MATCH','UNLINK','REOPEN')),
    CONSTRAINT "match_decision_who_and_why" CHECK (length(trim("decided_by")) > 0 AND length(trim("reason")) > 0)
);

CREATE INDEX "match_decision_review_id_decided_at_idx" ON "match_decision"("review_id", "decided_at");
CREATE INDEX "match_decision_person_id_idx" ON "match_decision"("person_id");

ALTER TABLE "match_decision" ADD CONSTRAINT "match_decision_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "match_review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- People held before matching existed are found by NHS number at once; their other keys come from the engine (seed or backfill).
INSERT INTO "person_match_key" ("person_id", "key")
SELECT "id", 'nhs:' || "nhs_number" FROM "person" WHERE "nhs_number" IS NOT NULL;
