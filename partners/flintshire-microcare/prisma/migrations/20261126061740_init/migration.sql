-- Flintshire Micro-care Support: micro-carers, their Quality Framework progress, the moving and
-- positioning course, direct-commissioning contracts, contingency partners and clients.
CREATE TABLE "micro_carer" (
    "id" UUID NOT NULL,
    "personal_assistant_id" UUID,
    "business_name" TEXT NOT NULL,
    "business_form" TEXT NOT NULL,
    "postcode_district" TEXT NOT NULL,
    "services" TEXT[] NOT NULL,
    "joined_on" DATE NOT NULL,
    "seeks_direct_commissioning" BOOLEAN NOT NULL,
    "hours_available_per_week" DOUBLE PRECISION NOT NULL,
    "moving_positioning_day1_on" DATE,
    "moving_positioning_day2_on" DATE,
    "moving_positioning_trainer" TEXT,
    CONSTRAINT "micro_carer_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "micro_carer_business_form" CHECK ("business_form" IN ('SOLE_TRADER','LIMITED_COMPANY')),
    CONSTRAINT "micro_carer_services" CHECK ("services" <@ ARRAY['PERSONAL_CARE','SUPPORT','WELL_BEING']::TEXT[]),
    CONSTRAINT "micro_carer_hours" CHECK ("hours_available_per_week" >= 0 AND "hours_available_per_week" <= 168),
    -- Day two of the course follows day one.
    CONSTRAINT "micro_carer_course_days" CHECK ("moving_positioning_day2_on" IS NULL OR ("moving_positioning_day1_on" IS NOT NULL AND "moving_positioning_day2_on" >= "moving_positioning_day1_on"))
);
CREATE UNIQUE INDEX "micro_carer_personal_assistant_id_key" ON "micro_carer"("personal_assistant_id");
CREATE INDEX "micro_carer_business_name_id_idx" ON "micro_carer"("business_name", "id");

CREATE TABLE "quality_framework_submission" (
    "micro_carer_id" UUID NOT NULL REFERENCES "micro_carer"("id") ON DELETE CASCADE,
    "code" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "signed_off_on" DATE,
    "signed_off_by" TEXT,
    "updated_on" DATE NOT NULL,
    CONSTRAINT "quality_framework_submission_pkey" PRIMARY KEY ("micro_carer_id", "code"),
    CONSTRAINT "quality_framework_submission_status" CHECK ("status" IN ('IN_PROGRESS','MET')),
    -- A standard is met only with a sign-off.
    CONSTRAINT "quality_framework_submission_signed_off" CHECK ("status" <> 'MET' OR ("signed_off_on" IS NOT NULL AND "signed_off_by" IS NOT NULL))
);

CREATE TABLE "direct_commissioning_contract" (
    "id" UUID NOT NULL,
    "micro_carer_id" UUID NOT NULL REFERENCES "micro_carer"("id") ON DELETE CASCADE,
    "reference" TEXT NOT NULL,
    "signed_on" DATE NOT NULL,
    "start" DATE NOT NULL,
    "end" DATE,
    "hourly_rate" DOUBLE PRECISION NOT NULL,
    CONSTRAINT "direct_commissioning_contract_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "direct_commissioning_contract_rate" CHECK ("hourly_rate" > 0),
    CONSTRAINT "direct_commissioning_contract_dates" CHECK ("end" IS NULL OR "end" >= "start")
);
CREATE UNIQUE INDEX "direct_commissioning_contract_micro_carer_id_key" ON "direct_commissioning_contract"("micro_carer_id");
CREATE UNIQUE INDEX "direct_commissioning_contract_reference_key" ON "direct_commissioning_contract"("reference");

CREATE TABLE "contingency_partnership" (
    "micro_carer_id" UUID NOT NULL REFERENCES "micro_carer"("id") ON DELETE CASCADE,
    "partner_id" UUID NOT NULL REFERENCES "micro_carer"("id") ON DELETE CASCADE,
    "agreed_on" DATE NOT NULL,
    CONSTRAINT "contingency_partnership_pkey" PRIMARY KEY ("micro_carer_id", "partner_id"),
    CONSTRAINT "contingency_partnership_not_self" CHECK ("micro_carer_id" <> "partner_id")
);

CREATE TABLE "micro_care_client" (
    "id" UUID NOT NULL,
    "micro_carer_id" UUID NOT NULL REFERENCES "micro_carer"("id") ON DELETE CASCADE,
    "person_id" UUID NOT NULL,
    "start" DATE NOT NULL,
    "end" DATE,
    "funding" TEXT NOT NULL,
    "personal_care" BOOLEAN NOT NULL,
    "hours_per_week" DOUBLE PRECISION NOT NULL,
    CONSTRAINT "micro_care_client_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "micro_care_client_funding" CHECK ("funding" IN ('PRIVATE','DIRECT_PAYMENT','DIRECT_COMMISSIONING')),
    CONSTRAINT "micro_care_client_hours" CHECK ("hours_per_week" > 0 AND "hours_per_week" <= 168),
    CONSTRAINT "micro_care_client_dates" CHECK ("end" IS NULL OR "end" >= "start")
);
CREATE INDEX "micro_care_client_micro_carer_id_start_id_idx" ON "micro_care_client"("micro_carer_id", "start", "id");
CREATE INDEX "micro_care_client_person_id_start_id_idx" ON "micro_care_client"("person_id", "start", "id");
