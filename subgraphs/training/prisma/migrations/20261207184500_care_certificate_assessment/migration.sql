-- The Care Certificate's workplace assessments, apart from its knowledge (the standards' courses):
-- a register of assessors (council-trained, or a college's internal assessors) with their
-- organisation and capacity, and each standard's competence assessed in the workplace.
CREATE TABLE "care_certificate_assessor" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "provider_id" UUID NOT NULL,
    "capacity_per_month" INTEGER NOT NULL,
    -- Set when the assessor also works as a PA: they may not assess their own record.
    "personal_assistant_id" UUID,
    "registered_by" TEXT NOT NULL,
    CONSTRAINT "care_certificate_assessor_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "care_certificate_assessor_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "training_provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "care_certificate_assessor_kind" CHECK ("kind" IN ('COUNCIL_TRAINED', 'COLLEGE_INTERNAL_ASSESSOR')),
    CONSTRAINT "care_certificate_assessor_capacity" CHECK ("capacity_per_month" BETWEEN 0 AND 200)
);
CREATE INDEX "care_certificate_assessor_provider_id_idx" ON "care_certificate_assessor"("provider_id");

CREATE TABLE "care_certificate_assessment" (
    "personal_assistant_id" UUID NOT NULL,
    "standard" INTEGER NOT NULL,
    "assessed_on" DATE NOT NULL,
    "assessor_id" UUID NOT NULL,
    "recorded_by" TEXT NOT NULL,
    CONSTRAINT "care_certificate_assessment_pkey" PRIMARY KEY ("personal_assistant_id", "standard"),
    CONSTRAINT "care_certificate_assessment_assessor_id_fkey" FOREIGN KEY ("assessor_id") REFERENCES "care_certificate_assessor"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "care_certificate_assessment_standard" CHECK ("standard" BETWEEN 1 AND 16)
);
CREATE INDEX "care_certificate_assessment_assessor_id_idx" ON "care_certificate_assessment"("assessor_id");
