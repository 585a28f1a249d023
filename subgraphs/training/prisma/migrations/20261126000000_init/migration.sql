-- Training: providers, their course catalogue and personal assistants' completed training.
CREATE TABLE "training_provider" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    CONSTRAINT "training_provider_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "training_provider_kind" CHECK ("kind" IN ('FURTHER_EDUCATION_COLLEGE','NHS_TRUST','COUNCIL_LEARNING_AND_DEVELOPMENT','INDEPENDENT_TRAINING_PROVIDER','USER_LED_ORGANISATION'))
);

CREATE INDEX "training_provider_name_id_idx" ON "training_provider"("name", "id");

CREATE TABLE "course" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "care_certificate_standard" INTEGER,
    "duration_days" DOUBLE PRECISION NOT NULL,
    "validity_months" INTEGER,
    "requires_nhs_sign_off" BOOLEAN NOT NULL,
    "provider_id" UUID NOT NULL,
    CONSTRAINT "course_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "course_category" CHECK ("category" IN ('CARE_CERTIFICATE_STANDARD','MOVING_AND_POSITIONING','MEDICATION','HEALTH_TASK_COMPETENCE','ESSENTIAL_SKILLS')),
    -- A standard number belongs to Care Certificate courses and only to them.
    CONSTRAINT "course_care_certificate_standard" CHECK (
        ("category" = 'CARE_CERTIFICATE_STANDARD' AND "care_certificate_standard" BETWEEN 1 AND 16)
        OR ("category" <> 'CARE_CERTIFICATE_STANDARD' AND "care_certificate_standard" IS NULL)
    ),
    CONSTRAINT "course_duration_days_positive" CHECK ("duration_days" > 0),
    CONSTRAINT "course_validity_months_positive" CHECK ("validity_months" IS NULL OR "validity_months" > 0)
);

CREATE UNIQUE INDEX "course_code_key" ON "course"("code");
CREATE INDEX "course_provider_id_idx" ON "course"("provider_id");
CREATE INDEX "course_category_code_idx" ON "course"("category", "code");

CREATE TABLE "training_record" (
    "id" UUID NOT NULL,
    "personal_assistant_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "completed_on" DATE NOT NULL,
    "expires_on" DATE,
    "signed_off_name" TEXT NOT NULL,
    "signed_off_role" TEXT NOT NULL,
    "signed_off_organisation" TEXT NOT NULL,
    "signed_off_nhs_staff" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "training_record_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "training_record_expires_after_completion" CHECK ("expires_on" IS NULL OR "expires_on" > "completed_on")
);

-- One completion per PA, course and day: a second is a conflict, a later date a refresher.
CREATE UNIQUE INDEX "training_record_pa_course_completed_on_key" ON "training_record"("personal_assistant_id", "course_id", "completed_on");
CREATE INDEX "training_record_personal_assistant_id_completed_on_id_idx" ON "training_record"("personal_assistant_id", "completed_on" DESC, "id");
CREATE INDEX "training_record_course_id_idx" ON "training_record"("course_id");

ALTER TABLE "course" ADD CONSTRAINT "course_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "training_provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "training_record" ADD CONSTRAINT "training_record_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
