-- Councils: local authorities, their rates, the social care funding episodes they pay for
-- and care plan summaries. Person and support organisation ids belong to other subgraphs,
-- so they are plain indexed UUID columns without foreign keys.
CREATE TABLE "council" (
    "id" UUID NOT NULL,
    "gss_code" CHAR(9) NOT NULL,
    "name" TEXT NOT NULL,
    "nation" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    CONSTRAINT "council_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "council_gss_code_shape" CHECK ("gss_code" ~ '^[EWSN][0-9]{8}$'),
    CONSTRAINT "council_nation" CHECK ("nation" IN ('ENGLAND','WALES'))
);

CREATE UNIQUE INDEX "council_gss_code_key" ON "council"("gss_code");
CREATE INDEX "council_name_idx" ON "council"("name");

CREATE TABLE "council_rate" (
    "council_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "hourly_rate" DECIMAL(10,2) NOT NULL,
    "effective_from" DATE NOT NULL,
    CONSTRAINT "council_rate_pkey" PRIMARY KEY ("council_id", "kind", "effective_from"),
    CONSTRAINT "council_rate_kind" CHECK ("kind" IN ('DIRECT_PAYMENT','COMMISSIONED_SOLE_TRADER','COMMISSIONED_WITH_EMPLOYEES','SLEEP_IN')),
    CONSTRAINT "council_rate_hourly_rate_positive" CHECK ("hourly_rate" > 0)
);

CREATE TABLE "direct_payment" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "start" DATE NOT NULL,
    "end" DATE,
    "hourly_rate" DECIMAL(10,2) NOT NULL,
    "hours_per_week" DECIMAL(5,2) NOT NULL,
    "weekly_amount" DECIMAL(10,2) NOT NULL,
    "payment_support" TEXT NOT NULL,
    "payment_support_provider_id" UUID,
    CONSTRAINT "direct_payment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "direct_payment_dates_ordered" CHECK ("end" IS NULL OR "end" >= "start"),
    CONSTRAINT "direct_payment_hourly_rate_range" CHECK ("hourly_rate" > 0 AND "hourly_rate" <= 100),
    CONSTRAINT "direct_payment_hours_per_week_range" CHECK ("hours_per_week" > 0 AND "hours_per_week" <= 168),
    CONSTRAINT "direct_payment_weekly_amount_positive" CHECK ("weekly_amount" > 0),
    CONSTRAINT "direct_payment_payment_support" CHECK ("payment_support" IN ('PAYROLL_SERVICE','MANAGED_ACCOUNT','SELF_MANAGED')),
    -- A payroll service or managed account names its provider; self-management has none.
    CONSTRAINT "direct_payment_payment_support_provider" CHECK (("payment_support" = 'SELF_MANAGED') = ("payment_support_provider_id" IS NULL))
);

CREATE INDEX "direct_payment_person_id_start_idx" ON "direct_payment"("person_id", "start");
CREATE INDEX "direct_payment_council_id_idx" ON "direct_payment"("council_id");

CREATE TABLE "individual_service_fund" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "start" DATE NOT NULL,
    "end" DATE,
    "weekly_amount" DECIMAL(10,2) NOT NULL,
    "holding_provider_id" UUID NOT NULL,
    CONSTRAINT "individual_service_fund_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "individual_service_fund_dates_ordered" CHECK ("end" IS NULL OR "end" >= "start"),
    CONSTRAINT "individual_service_fund_weekly_amount_positive" CHECK ("weekly_amount" > 0)
);

CREATE INDEX "individual_service_fund_person_id_start_idx" ON "individual_service_fund"("person_id", "start");
CREATE INDEX "individual_service_fund_council_id_idx" ON "individual_service_fund"("council_id");

CREATE TABLE "commissioned_package" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "start" DATE NOT NULL,
    "end" DATE,
    "weekly_amount" DECIMAL(10,2) NOT NULL,
    "provider_name" TEXT NOT NULL,
    "rate_kind" TEXT NOT NULL,
    "hourly_rate" DECIMAL(10,2) NOT NULL,
    "hours_per_week" DECIMAL(5,2) NOT NULL,
    CONSTRAINT "commissioned_package_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "commissioned_package_dates_ordered" CHECK ("end" IS NULL OR "end" >= "start"),
    CONSTRAINT "commissioned_package_rate_kind" CHECK ("rate_kind" IN ('COMMISSIONED_SOLE_TRADER','COMMISSIONED_WITH_EMPLOYEES','SLEEP_IN')),
    CONSTRAINT "commissioned_package_hourly_rate_positive" CHECK ("hourly_rate" > 0),
    CONSTRAINT "commissioned_package_hours_per_week_range" CHECK ("hours_per_week" > 0 AND "hours_per_week" <= 168),
    CONSTRAINT "commissioned_package_weekly_amount_positive" CHECK ("weekly_amount" > 0)
);

CREATE INDEX "commissioned_package_person_id_start_idx" ON "commissioned_package"("person_id", "start");
CREATE INDEX "commissioned_package_council_id_idx" ON "commissioned_package"("council_id");

CREATE TABLE "care_plan" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "outcomes" TEXT[],
    "tasks" JSONB NOT NULL,
    "contingency_plan_in_place" BOOLEAN NOT NULL,
    "last_reviewed" DATE NOT NULL,
    "next_review" DATE NOT NULL,
    CONSTRAINT "care_plan_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "care_plan_tasks_array" CHECK (jsonb_typeof("tasks") = 'array'),
    CONSTRAINT "care_plan_review_ordered" CHECK ("next_review" >= "last_reviewed")
);

CREATE INDEX "care_plan_person_id_last_reviewed_idx" ON "care_plan"("person_id", "last_reviewed");
CREATE INDEX "care_plan_council_id_idx" ON "care_plan"("council_id");

ALTER TABLE "council_rate" ADD CONSTRAINT "council_rate_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "direct_payment" ADD CONSTRAINT "direct_payment_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "individual_service_fund" ADD CONSTRAINT "individual_service_fund_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "commissioned_package" ADD CONSTRAINT "commissioned_package_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "care_plan" ADD CONSTRAINT "care_plan_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
