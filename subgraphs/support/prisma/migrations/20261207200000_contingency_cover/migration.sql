-- Contingency: each employer's structured plan for when a PA cannot come, and the cover
-- requests made when one is off (who covered, how, how fast; unfilled ones escalate).
CREATE TABLE "contingency_plan" (
    "employer_person_id" UUID NOT NULL,
    "agreed_by_all" BOOLEAN NOT NULL DEFAULT false,
    "tested_on" DATE,
    "recorded_by" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "contingency_plan_pkey" PRIMARY KEY ("employer_person_id")
);

CREATE TABLE "contingency_arrangement" (
    "employer_person_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "personal_assistant_id" UUID,
    "micro_enterprise_id" UUID,
    "name" TEXT,
    "agency_top_up_per_hour" DECIMAL(10,2),
    CONSTRAINT "contingency_arrangement_pkey" PRIMARY KEY ("employer_person_id", "position"),
    CONSTRAINT "contingency_arrangement_plan_fkey" FOREIGN KEY ("employer_person_id") REFERENCES "contingency_plan"("employer_person_id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "contingency_arrangement_pa_fkey" FOREIGN KEY ("personal_assistant_id") REFERENCES "personal_assistant"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "contingency_arrangement_enterprise_fkey" FOREIGN KEY ("micro_enterprise_id") REFERENCES "micro_enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "contingency_arrangement_kind" CHECK ("kind" IN ('BACKUP_PA','MICRO_CARE_PARTNER','FAMILY','AGENCY','COUNCIL_IN_HOUSE')),
    CONSTRAINT "contingency_arrangement_who" CHECK (
        ("kind" = 'BACKUP_PA') = ("personal_assistant_id" IS NOT NULL)
        AND ("kind" = 'MICRO_CARE_PARTNER') = ("micro_enterprise_id" IS NOT NULL)),
    CONSTRAINT "contingency_arrangement_top_up" CHECK ("agency_top_up_per_hour" >= 0)
);

CREATE TABLE "cover_request" (
    "id" UUID NOT NULL,
    "employment_id" UUID NOT NULL,
    "employer_person_id" UUID NOT NULL,
    "from_day" DATE NOT NULL,
    "to_day" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "requested_by" TEXT NOT NULL,
    "requested_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "covered_by_kind" TEXT,
    "covered_by_pa_id" UUID,
    "covered_by_enterprise_id" UUID,
    "covered_by_name" TEXT,
    "agency_top_up_per_hour" DECIMAL(10,2),
    "filled_at" TIMESTAMPTZ(6),
    "filled_by" TEXT,
    CONSTRAINT "cover_request_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "cover_request_employment_fkey" FOREIGN KEY ("employment_id") REFERENCES "employment"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "cover_request_days" CHECK ("to_day" >= "from_day"),
    CONSTRAINT "cover_request_reason" CHECK ("reason" IN ('SICKNESS','PLANNED_LEAVE','UNPLANNED_LEAVE','OTHER')),
    CONSTRAINT "cover_request_kind" CHECK ("covered_by_kind" IN ('BACKUP_PA','MICRO_CARE_PARTNER','FAMILY','AGENCY','COUNCIL_IN_HOUSE')),
    CONSTRAINT "cover_request_filled" CHECK (("covered_by_kind" IS NULL) = ("filled_at" IS NULL))
);

CREATE INDEX "cover_request_employer_idx" ON "cover_request"("employer_person_id", "from_day");
CREATE INDEX "cover_request_from_idx" ON "cover_request"("from_day");
