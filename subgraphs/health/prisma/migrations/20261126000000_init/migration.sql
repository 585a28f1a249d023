-- Health: NHS commissioners, personal health budgets, continuing healthcare, integrated budgets.
-- Person and support organisation ids belong to other subgraphs: plain indexed UUIDs, no foreign keys.
CREATE TABLE "health_body" (
    "id" UUID NOT NULL,
    "ods_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nation" TEXT NOT NULL,
    "council_gss_codes" TEXT[],
    CONSTRAINT "health_body_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "health_body_ods_code_shape" CHECK ("ods_code" ~ '^[A-Z0-9]{3,5}$'),
    CONSTRAINT "health_body_kind" CHECK ("kind" IN ('INTEGRATED_CARE_BOARD','LOCAL_HEALTH_BOARD')),
    CONSTRAINT "health_body_nation" CHECK ("nation" IN ('ENGLAND','WALES'))
);

CREATE UNIQUE INDEX "health_body_ods_code_key" ON "health_body"("ods_code");

CREATE TABLE "personal_health_budget" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "health_body_id" UUID NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "weekly_amount" DECIMAL(10,2) NOT NULL,
    "management" TEXT NOT NULL,
    "hourly_rate" DECIMAL(10,2) NOT NULL,
    "hours_per_week" DECIMAL(6,2) NOT NULL,
    "payment_support_provider_id" UUID,
    CONSTRAINT "personal_health_budget_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "personal_health_budget_management" CHECK ("management" IN ('NOTIONAL','THIRD_PARTY','DIRECT_PAYMENT')),
    CONSTRAINT "personal_health_budget_dates_ordered" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"),
    CONSTRAINT "personal_health_budget_amounts" CHECK ("weekly_amount" >= 0 AND "hourly_rate" >= 0 AND "hours_per_week" >= 0)
);

CREATE INDEX "personal_health_budget_person_id_idx" ON "personal_health_budget"("person_id");
CREATE INDEX "personal_health_budget_health_body_id_idx" ON "personal_health_budget"("health_body_id");

CREATE TABLE "chc_decision" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "health_body_id" UUID NOT NULL,
    "decided_on" DATE NOT NULL,
    "outcome" TEXT NOT NULL,
    "next_review" DATE,
    CONSTRAINT "chc_decision_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "chc_decision_outcome" CHECK ("outcome" IN ('ELIGIBLE','NOT_ELIGIBLE','FAST_TRACK')),
    CONSTRAINT "chc_decision_review_after_decision" CHECK ("next_review" IS NULL OR "next_review" > "decided_on")
);

CREATE INDEX "chc_decision_person_id_idx" ON "chc_decision"("person_id");
CREATE INDEX "chc_decision_health_body_id_idx" ON "chc_decision"("health_body_id");

CREATE TABLE "chc_package" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "health_body_id" UUID NOT NULL,
    "decision_id" UUID NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "weekly_amount" DECIMAL(10,2) NOT NULL,
    CONSTRAINT "chc_package_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "chc_package_dates_ordered" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"),
    CONSTRAINT "chc_package_weekly_amount" CHECK ("weekly_amount" >= 0)
);

CREATE INDEX "chc_package_person_id_idx" ON "chc_package"("person_id");
CREATE INDEX "chc_package_health_body_id_idx" ON "chc_package"("health_body_id");
CREATE INDEX "chc_package_decision_id_idx" ON "chc_package"("decision_id");

CREATE TABLE "integrated_budget" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "health_body_id" UUID NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "weekly_amount" DECIMAL(10,2) NOT NULL,
    CONSTRAINT "integrated_budget_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "integrated_budget_dates_ordered" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"),
    CONSTRAINT "integrated_budget_weekly_amount" CHECK ("weekly_amount" >= 0)
);

CREATE INDEX "integrated_budget_person_id_idx" ON "integrated_budget"("person_id");
CREATE INDEX "integrated_budget_health_body_id_idx" ON "integrated_budget"("health_body_id");

-- The primary key leads with the budget id, so it also serves the shares-by-budget lookup.
CREATE TABLE "integrated_budget_share" (
    "integrated_budget_id" UUID NOT NULL,
    "funder_kind" TEXT NOT NULL,
    "funder_code" TEXT NOT NULL,
    "funder_name" TEXT NOT NULL,
    "percentage" INTEGER NOT NULL,
    CONSTRAINT "integrated_budget_share_pkey" PRIMARY KEY ("integrated_budget_id", "funder_kind", "funder_code"),
    CONSTRAINT "integrated_budget_share_funder_kind" CHECK ("funder_kind" IN ('COUNCIL','HEALTH')),
    CONSTRAINT "integrated_budget_share_percentage" CHECK ("percentage" BETWEEN 1 AND 100)
);

ALTER TABLE "personal_health_budget" ADD CONSTRAINT "personal_health_budget_health_body_id_fkey" FOREIGN KEY ("health_body_id") REFERENCES "health_body"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "chc_decision" ADD CONSTRAINT "chc_decision_health_body_id_fkey" FOREIGN KEY ("health_body_id") REFERENCES "health_body"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "chc_package" ADD CONSTRAINT "chc_package_health_body_id_fkey" FOREIGN KEY ("health_body_id") REFERENCES "health_body"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "chc_package" ADD CONSTRAINT "chc_package_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "chc_decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "integrated_budget" ADD CONSTRAINT "integrated_budget_health_body_id_fkey" FOREIGN KEY ("health_body_id") REFERENCES "health_body"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "integrated_budget_share" ADD CONSTRAINT "integrated_budget_share_integrated_budget_id_fkey" FOREIGN KEY ("integrated_budget_id") REFERENCES "integrated_budget"("id") ON DELETE CASCADE ON UPDATE CASCADE;
