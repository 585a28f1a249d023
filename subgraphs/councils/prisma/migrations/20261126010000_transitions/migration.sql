-- Funding transitions, the council's side: each council's answer to a transition it is party
-- to, and on every episode the transition that opened or ended it (so each step can be
-- repeated safely and undone). Transition ids belong to the people subgraph: no foreign keys.
CREATE TABLE "transition_response" (
    "transition_id" UUID NOT NULL,
    "funder_code" CHAR(9) NOT NULL,
    "decision" TEXT NOT NULL,
    "responded_by" TEXT NOT NULL,
    "note" TEXT,
    "responded_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "transition_response_pkey" PRIMARY KEY ("transition_id", "funder_code"),
    CONSTRAINT "transition_response_decision" CHECK ("decision" IN ('AGREE','REJECT')),
    CONSTRAINT "transition_response_funder_code_shape" CHECK ("funder_code" ~ '^[EWSN][0-9]{8}$')
);

ALTER TABLE "direct_payment"
    ADD COLUMN "opened_by_transition_id" UUID,
    ADD COLUMN "ended_by_transition_id" UUID,
    ADD COLUMN "end_before_transition" DATE;
CREATE UNIQUE INDEX "direct_payment_opened_by_transition_id_key" ON "direct_payment"("opened_by_transition_id");
CREATE INDEX "direct_payment_ended_by_transition_id_idx" ON "direct_payment"("ended_by_transition_id");

ALTER TABLE "individual_service_fund"
    ADD COLUMN "opened_by_transition_id" UUID,
    ADD COLUMN "ended_by_transition_id" UUID,
    ADD COLUMN "end_before_transition" DATE;
CREATE UNIQUE INDEX "individual_service_fund_opened_by_transition_id_key" ON "individual_service_fund"("opened_by_transition_id");
CREATE INDEX "individual_service_fund_ended_by_transition_id_idx" ON "individual_service_fund"("ended_by_transition_id");

ALTER TABLE "commissioned_package"
    ADD COLUMN "opened_by_transition_id" UUID,
    ADD COLUMN "ended_by_transition_id" UUID,
    ADD COLUMN "end_before_transition" DATE;
CREATE UNIQUE INDEX "commissioned_package_opened_by_transition_id_key" ON "commissioned_package"("opened_by_transition_id");
CREATE INDEX "commissioned_package_ended_by_transition_id_idx" ON "commissioned_package"("ended_by_transition_id");

CREATE TABLE "idempotency_key" (
    "operation" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" CHAR(64) NOT NULL,
    "result_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("operation", "key")
);
