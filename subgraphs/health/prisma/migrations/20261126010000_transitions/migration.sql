-- Funding transitions, the NHS side: each body's answer to a transition it is party to; on
-- every episode the transition that opened or ended it (so each step can be repeated safely
-- and undone); NHS plans; and councils processing PHB payments for a fee per customer.
-- Transition ids (people) and council GSS codes (councils) belong to other subgraphs: no foreign keys.
CREATE TABLE "transition_response" (
    "transition_id" UUID NOT NULL,
    "funder_code" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "responded_by" TEXT NOT NULL,
    "note" TEXT,
    "responded_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "transition_response_pkey" PRIMARY KEY ("transition_id", "funder_code"),
    CONSTRAINT "transition_response_decision" CHECK ("decision" IN ('AGREE','REJECT')),
    CONSTRAINT "transition_response_funder_code_shape" CHECK ("funder_code" ~ '^[A-Z0-9]{3,5}$')
);

ALTER TABLE "personal_health_budget"
    ADD COLUMN "payments_processed_by_council_gss_code" CHAR(9),
    ADD COLUMN "opened_by_transition_id" UUID,
    ADD COLUMN "ended_by_transition_id" UUID,
    ADD COLUMN "end_before_transition" DATE,
    ADD CONSTRAINT "personal_health_budget_processed_by_shape" CHECK ("payments_processed_by_council_gss_code" ~ '^[EWSN][0-9]{8}$');
CREATE UNIQUE INDEX "personal_health_budget_opened_by_transition_id_key" ON "personal_health_budget"("opened_by_transition_id");
CREATE INDEX "personal_health_budget_ended_by_transition_id_idx" ON "personal_health_budget"("ended_by_transition_id");
CREATE INDEX "personal_health_budget_processed_by_idx" ON "personal_health_budget"("health_body_id", "payments_processed_by_council_gss_code");

ALTER TABLE "chc_package"
    ADD COLUMN "opened_by_transition_id" UUID,
    ADD COLUMN "ended_by_transition_id" UUID,
    ADD COLUMN "end_before_transition" DATE;
CREATE UNIQUE INDEX "chc_package_opened_by_transition_id_key" ON "chc_package"("opened_by_transition_id");
CREATE INDEX "chc_package_ended_by_transition_id_idx" ON "chc_package"("ended_by_transition_id");

ALTER TABLE "integrated_budget"
    ADD COLUMN "opened_by_transition_id" UUID,
    ADD COLUMN "ended_by_transition_id" UUID,
    ADD COLUMN "end_before_transition" DATE;
CREATE UNIQUE INDEX "integrated_budget_opened_by_transition_id_key" ON "integrated_budget"("opened_by_transition_id");
CREATE INDEX "integrated_budget_ended_by_transition_id_idx" ON "integrated_budget"("ended_by_transition_id");

CREATE TABLE "health_plan" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "health_body_id" UUID NOT NULL,
    "tasks" JSONB NOT NULL,
    "last_reviewed" DATE NOT NULL,
    CONSTRAINT "health_plan_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "health_plan_tasks_array" CHECK (jsonb_typeof("tasks") = 'array')
);

CREATE INDEX "health_plan_person_id_last_reviewed_idx" ON "health_plan"("person_id", "last_reviewed");
CREATE INDEX "health_plan_health_body_id_idx" ON "health_plan"("health_body_id");

CREATE TABLE "payment_processing_agreement" (
    "id" UUID NOT NULL,
    "health_body_id" UUID NOT NULL,
    "council_gss_code" CHAR(9) NOT NULL,
    "fee_per_customer_per_month" DECIMAL(10,2) NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    CONSTRAINT "payment_processing_agreement_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "payment_processing_agreement_council_gss_code_shape" CHECK ("council_gss_code" ~ '^[EWSN][0-9]{8}$'),
    CONSTRAINT "payment_processing_agreement_fee" CHECK ("fee_per_customer_per_month" >= 0),
    CONSTRAINT "payment_processing_agreement_dates_ordered" CHECK ("end_date" IS NULL OR "end_date" >= "start_date")
);

CREATE INDEX "payment_processing_agreement_health_body_id_idx" ON "payment_processing_agreement"("health_body_id");

ALTER TABLE "health_plan" ADD CONSTRAINT "health_plan_health_body_id_fkey" FOREIGN KEY ("health_body_id") REFERENCES "health_body"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "payment_processing_agreement" ADD CONSTRAINT "payment_processing_agreement_health_body_id_fkey" FOREIGN KEY ("health_body_id") REFERENCES "health_body"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "idempotency_key" (
    "operation" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" CHAR(64) NOT NULL,
    "result_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("operation", "key")
);
