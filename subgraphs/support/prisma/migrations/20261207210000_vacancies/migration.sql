-- Vacancies an employer (or their support organisation) posts, and the applications to them:
-- interviews and outcomes. A vacancy open more than four weeks is flagged when read.
CREATE TABLE "vacancy" (
    "id" UUID NOT NULL,
    "employer_person_id" UUID NOT NULL,
    "posted_on" DATE NOT NULL,
    "posted_by" TEXT NOT NULL,
    "postcode_district" TEXT NOT NULL,
    "hours_per_week" DECIMAL(5,2) NOT NULL,
    "slot_mask" BIGINT NOT NULL DEFAULT 0,
    "services" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "languages" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "training" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "hourly_rate" DECIMAL(10,2) NOT NULL,
    "filled_on" DATE,
    "filled_by_pa_id" UUID,
    CONSTRAINT "vacancy_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "vacancy_hours" CHECK ("hours_per_week" > 0 AND "hours_per_week" <= 168),
    CONSTRAINT "vacancy_rate" CHECK ("hourly_rate" > 0),
    CONSTRAINT "vacancy_filled" CHECK (("filled_on" IS NULL) = ("filled_by_pa_id" IS NULL))
);
CREATE INDEX "vacancy_employer_idx" ON "vacancy"("employer_person_id", "posted_on");
CREATE INDEX "vacancy_open_idx" ON "vacancy"("posted_on") WHERE "filled_on" IS NULL;

CREATE TABLE "vacancy_application" (
    "id" UUID NOT NULL,
    "vacancy_id" UUID NOT NULL,
    "personal_assistant_id" UUID NOT NULL,
    "applied_on" DATE NOT NULL,
    "interview_on" DATE,
    "outcome" TEXT NOT NULL DEFAULT 'PENDING',
    "recorded_by" TEXT NOT NULL,
    CONSTRAINT "vacancy_application_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "vacancy_application_once" UNIQUE ("vacancy_id", "personal_assistant_id"),
    CONSTRAINT "vacancy_application_vacancy_fkey" FOREIGN KEY ("vacancy_id") REFERENCES "vacancy"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "vacancy_application_pa_fkey" FOREIGN KEY ("personal_assistant_id") REFERENCES "personal_assistant"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "vacancy_application_outcome" CHECK ("outcome" IN ('PENDING','APPOINTED','NOT_APPOINTED','WITHDRAWN'))
);
