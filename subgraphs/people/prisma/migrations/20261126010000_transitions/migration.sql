-- Funding transitions coordinated by the hub, their applied steps, and idempotency keys.
CREATE TABLE "transition" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "from_episode_id" UUID NOT NULL,
    "from_episode_type" TEXT NOT NULL,
    "from_funder_kind" TEXT NOT NULL,
    "from_funder_code" TEXT NOT NULL,
    "from_episode_start" DATE NOT NULL,
    "to_vehicle" TEXT NOT NULL,
    "to_funder_kind" TEXT NOT NULL,
    "to_funder_code" TEXT NOT NULL,
    "effective_date" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "shares" JSONB NOT NULL DEFAULT '[]',
    "new_plan" JSONB NOT NULL,
    "required_competences" TEXT[] NOT NULL DEFAULT '{}',
    "parties" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "status_reason" TEXT,
    "proposed_by" TEXT NOT NULL,
    "proposed_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(6),
    "new_episode_id" UUID,
    "new_episode_type" TEXT,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "transition_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "transition_status" CHECK ("status" IN ('PROPOSED','AGREED','APPLYING','EFFECTIVE','REJECTED','WITHDRAWN','FAILED')),
    CONSTRAINT "transition_to_vehicle" CHECK ("to_vehicle" IN ('DIRECT_PAYMENT','INDIVIDUAL_SERVICE_FUND','COMMISSIONED_PACKAGE','PERSONAL_HEALTH_BUDGET','CONTINUING_HEALTHCARE','INTEGRATED_BUDGET')),
    CONSTRAINT "transition_funder_kinds" CHECK ("from_funder_kind" IN ('COUNCIL','HEALTH') AND "to_funder_kind" IN ('COUNCIL','HEALTH')),
    CONSTRAINT "transition_effective_after_start" CHECK ("effective_date" > "from_episode_start")
);

CREATE INDEX "transition_person_id_idx" ON "transition"("person_id");
CREATE INDEX "transition_status_idx" ON "transition"("status");
CREATE INDEX "transition_proposed_at_id_idx" ON "transition"("proposed_at", "id");
-- One transition in flight per person: overlapping moves cannot both be proposed.
CREATE UNIQUE INDEX "transition_one_in_flight_per_person" ON "transition"("person_id") WHERE "status" IN ('PROPOSED','AGREED','APPLYING');
-- An episode is moved on by at most one effective transition.
CREATE UNIQUE INDEX "transition_one_effective_per_episode" ON "transition"("from_episode_id") WHERE "status" IN ('PROPOSED','AGREED','APPLYING','EFFECTIVE');

CREATE TABLE "transition_step" (
    "transition_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "transition_step_pkey" PRIMARY KEY ("transition_id", "name"),
    CONSTRAINT "transition_step_name" CHECK ("name" IN ('OPEN_NEW_EPISODE','END_OLD_EPISODE')),
    CONSTRAINT "transition_step_state" CHECK ("state" IN ('PENDING','DONE','FAILED','UNDONE'))
);

ALTER TABLE "transition_step" ADD CONSTRAINT "transition_step_transition_id_fkey" FOREIGN KEY ("transition_id") REFERENCES "transition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "idempotency_key" (
    "operation" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" CHAR(64) NOT NULL,
    "result_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("operation", "key")
);
