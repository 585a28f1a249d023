-- Employment terms, payroll and payslips. Terms are effective-dated: a change adds a row from the
-- day it applies, so earlier terms stay as they were; the terms in force on a day are the newest
-- row valid from on or before it. Money is in whole pence.
CREATE TABLE "employment_terms" (
    "id" UUID NOT NULL,
    "employment_id" UUID NOT NULL,
    "valid_from" DATE NOT NULL,
    "written_contract" BOOLEAN NOT NULL,
    "contract_signed_on" DATE,
    "weekday_pence_per_hour" INTEGER NOT NULL,
    "evening_pence_per_hour" INTEGER NOT NULL,
    "night_pence_per_hour" INTEGER NOT NULL,
    "weekend_pence_per_hour" INTEGER NOT NULL,
    -- Null when the PA does no sleep-ins.
    "sleep_in_pence_per_night" INTEGER,
    "contracted_hours_per_week" DECIMAL(5,2) NOT NULL,
    "holiday_entitlement_weeks" DECIMAL(4,2) NOT NULL,
    -- ACCRUED: holiday pay set aside each pay period; AS_TAKEN: paid when the holiday is taken.
    "holiday_pay" TEXT NOT NULL,
    -- STATUTORY_ONLY or CONTRACTUAL.
    "sick_pay" TEXT NOT NULL,
    "insurer" TEXT,
    "insurance_policy_reference" TEXT,
    "insurance_expires_on" DATE,
    "insurance_premium_pence_per_year" INTEGER,
    "recorded_by" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "employment_terms_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "employment_terms_employment_id_fkey" FOREIGN KEY ("employment_id") REFERENCES "employment"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "employment_terms_once_a_day" UNIQUE ("employment_id", "valid_from"),
    CONSTRAINT "employment_terms_rates" CHECK ("weekday_pence_per_hour" >= 0 AND "evening_pence_per_hour" >= 0 AND "night_pence_per_hour" >= 0
        AND "weekend_pence_per_hour" >= 0 AND ("sleep_in_pence_per_night" IS NULL OR "sleep_in_pence_per_night" >= 0)),
    CONSTRAINT "employment_terms_hours" CHECK ("contracted_hours_per_week" >= 0 AND "holiday_entitlement_weeks" >= 0 AND "holiday_entitlement_weeks" < 52),
    -- Only a written contract is signed.
    CONSTRAINT "employment_terms_signed" CHECK ("contract_signed_on" IS NULL OR "written_contract"),
    CONSTRAINT "employment_terms_holiday_pay" CHECK ("holiday_pay" IN ('ACCRUED', 'AS_TAKEN')),
    CONSTRAINT "employment_terms_sick_pay" CHECK ("sick_pay" IN ('STATUTORY_ONLY', 'CONTRACTUAL')),
    CONSTRAINT "employment_terms_premium" CHECK ("insurance_premium_pence_per_year" IS NULL OR "insurance_premium_pence_per_year" >= 0)
);
CREATE INDEX "employment_terms_employment_idx" ON "employment_terms"("employment_id", "valid_from" DESC);

-- Who runs payroll: a support organisation offering payroll, or an independent payroll bureau.
CREATE TABLE "payroll_provider" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    -- SUPPORT_ORGANISATION or PAYROLL_BUREAU.
    "kind" TEXT NOT NULL,
    "support_organisation_id" UUID,
    CONSTRAINT "payroll_provider_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "payroll_provider_support_organisation_id_fkey" FOREIGN KEY ("support_organisation_id") REFERENCES "support_organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "payroll_provider_kind" CHECK (("kind" = 'SUPPORT_ORGANISATION') = ("support_organisation_id" IS NOT NULL)
        AND "kind" IN ('SUPPORT_ORGANISATION', 'PAYROLL_BUREAU'))
);
CREATE UNIQUE INDEX "payroll_provider_support_organisation_key" ON "payroll_provider"("support_organisation_id");

-- The provider running an employer's payroll now.
CREATE TABLE "employer_payroll" (
    "employer_person_id" UUID NOT NULL,
    "payroll_provider_id" UUID NOT NULL,
    "since" DATE NOT NULL,
    "recorded_by" TEXT NOT NULL,
    CONSTRAINT "employer_payroll_pkey" PRIMARY KEY ("employer_person_id"),
    CONSTRAINT "employer_payroll_provider_fkey" FOREIGN KEY ("payroll_provider_id") REFERENCES "payroll_provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- One employer's payroll for one pay period, run by the provider named (kept as it was on the day).
CREATE TABLE "payroll_run" (
    "id" UUID NOT NULL,
    "employer_person_id" UUID NOT NULL,
    "payroll_provider_id" UUID NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "due_on" DATE NOT NULL,
    "sent_on" DATE,
    "recorded_by" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "payroll_run_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "payroll_run_provider_fkey" FOREIGN KEY ("payroll_provider_id") REFERENCES "payroll_provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "payroll_run_period" CHECK ("period_end" >= "period_start")
);
CREATE INDEX "payroll_run_employer_idx" ON "payroll_run"("employer_person_id", "period_start");

-- A PA's payslip for one pay period (the pay reference period for pensions).
CREATE TABLE "payslip" (
    "id" UUID NOT NULL,
    "employment_id" UUID NOT NULL,
    "payroll_run_id" UUID NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "hours" DECIMAL(6,2) NOT NULL,
    "gross_pay_pence" INTEGER NOT NULL,
    "due_on" DATE NOT NULL,
    "sent_on" DATE,
    "recorded_by" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "payslip_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "payslip_employment_id_fkey" FOREIGN KEY ("employment_id") REFERENCES "employment"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "payslip_payroll_run_id_fkey" FOREIGN KEY ("payroll_run_id") REFERENCES "payroll_run"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "payslip_once_a_run" UNIQUE ("payroll_run_id", "employment_id"),
    CONSTRAINT "payslip_period" CHECK ("period_end" >= "period_start"),
    CONSTRAINT "payslip_amounts" CHECK ("hours" >= 0 AND "gross_pay_pence" >= 0)
);
CREATE INDEX "payslip_employment_idx" ON "payslip"("employment_id", "period_start");
-- "Payslips due in a period, and which were late", by the run's provider.
CREATE INDEX "payslip_due_idx" ON "payslip"("due_on");

-- Employer's (secondary) Class 1 National Insurance for a tax year: reference data, not code.
CREATE TABLE "ni_employer_threshold" (
    -- e.g. 2026-27
    "tax_year" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "secondary_threshold_pence_per_week" INTEGER NOT NULL,
    -- Employer's rate above the threshold, e.g. 0.1500.
    "employer_rate" DECIMAL(6,4) NOT NULL,
    CONSTRAINT "ni_employer_threshold_pkey" PRIMARY KEY ("tax_year"),
    CONSTRAINT "ni_employer_threshold_span" CHECK ("ends_on" >= "starts_on" AND "secondary_threshold_pence_per_week" >= 0 AND "employer_rate" >= 0)
);
-- HMRC's published figures (rates and thresholds for employers).
INSERT INTO "ni_employer_threshold" ("tax_year", "starts_on", "ends_on", "secondary_threshold_pence_per_week", "employer_rate") VALUES
    ('2024-25', '2024-04-06', '2025-04-05', 17500, 0.1380),
    ('2025-26', '2025-04-06', '2026-04-05', 9600, 0.1500),
    ('2026-27', '2026-04-06', '2027-04-05', 9600, 0.1500);

-- A person merge moves the retired employer's payroll runs to the survivor (their provider stays their own).
ALTER TABLE "person_repoint" DROP CONSTRAINT "person_repoint_table_name";
ALTER TABLE "person_repoint" ADD CONSTRAINT "person_repoint_table_name" CHECK ("table_name" IN ('employment', 'dbs_check', 'vacancy', 'cover_request', 'pa_contact', 'payroll_run'));
