-- Support: support organisations, the PA register and employments.
CREATE TABLE "support_organisation" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kinds" TEXT[],
    "charity_number" TEXT,
    "company_number" TEXT,
    "areas_served" TEXT[],
    CONSTRAINT "support_organisation_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "support_organisation_kinds" CHECK ("kinds" <@ ARRAY['USER_LED_ORGANISATION','PAYROLL_PROVIDER','MANAGED_ACCOUNT_PROVIDER','UMBRELLA_BODY','MICRO_ENTERPRISE_SUPPORT','PA_REGISTER_HOST','INDIVIDUAL_SERVICE_FUND_PROVIDER']::TEXT[])
);

CREATE INDEX "support_organisation_name_id_idx" ON "support_organisation"("name", "id");

CREATE TABLE "personal_assistant" (
    "id" UUID NOT NULL,
    "given_name" TEXT NOT NULL,
    "family_name" TEXT NOT NULL,
    "date_of_birth" DATE NOT NULL,
    "ni_number_suffix" VARCHAR(3) NOT NULL,
    "employment_status" TEXT NOT NULL,
    "postcode_district" TEXT NOT NULL,
    "dbs_status" TEXT NOT NULL,
    "dbs_checked_on" DATE,
    "services" TEXT[],
    "languages" TEXT[],
    "availability" JSONB NOT NULL,
    "register_organisation_id" UUID,
    CONSTRAINT "personal_assistant_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "personal_assistant_employment_status" CHECK ("employment_status" IN ('EMPLOYED','SELF_EMPLOYED')),
    CONSTRAINT "personal_assistant_dbs_status" CHECK ("dbs_status" IN ('NOT_CHECKED','IN_PROGRESS','CLEAR','INFORMATION_DISCLOSED')),
    CONSTRAINT "personal_assistant_services" CHECK ("services" <@ ARRAY['PERSONAL_CARE','DOMESTIC_SUPPORT','SOCIAL_AND_LEISURE','HEALTH_TASKS','SLEEP_IN','DRIVING','BSL_COMMUNICATION']::TEXT[]),
    CONSTRAINT "personal_assistant_availability_array" CHECK (jsonb_typeof("availability") = 'array')
);

CREATE INDEX "personal_assistant_family_name_given_name_id_idx" ON "personal_assistant"("family_name", "given_name", "id");
CREATE INDEX "personal_assistant_postcode_district_idx" ON "personal_assistant"("postcode_district");
CREATE INDEX "personal_assistant_register_organisation_id_idx" ON "personal_assistant"("register_organisation_id");

CREATE TABLE "employment" (
    "id" UUID NOT NULL,
    "employer_person_id" UUID NOT NULL,
    "personal_assistant_id" UUID NOT NULL,
    "start" DATE NOT NULL,
    "end" DATE,
    "hours_per_week" DECIMAL(5,2) NOT NULL,
    "role" TEXT NOT NULL,
    "contract_signed" BOOLEAN NOT NULL,
    CONSTRAINT "employment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "employment_hours_per_week" CHECK ("hours_per_week" > 0 AND "hours_per_week" <= 168),
    CONSTRAINT "employment_end_after_start" CHECK ("end" IS NULL OR "end" >= "start"),
    CONSTRAINT "employment_role_not_empty" CHECK (length(btrim("role")) > 0)
);

CREATE INDEX "employment_employer_person_id_start_id_idx" ON "employment"("employer_person_id", "start", "id");
CREATE INDEX "employment_personal_assistant_id_start_id_idx" ON "employment"("personal_assistant_id", "start", "id");

ALTER TABLE "personal_assistant" ADD CONSTRAINT "personal_assistant_register_organisation_id_fkey" FOREIGN KEY ("register_organisation_id") REFERENCES "support_organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "employment" ADD CONSTRAINT "employment_personal_assistant_id_fkey" FOREIGN KEY ("personal_assistant_id") REFERENCES "personal_assistant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
