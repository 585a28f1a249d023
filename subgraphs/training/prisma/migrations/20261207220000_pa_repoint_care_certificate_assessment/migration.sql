-- A PA merge moves the retired record's Care Certificate assessments to the survivor. Each
-- assessment gets an id of its own (the merge ledger records rows by id), and, as with training
-- records, the one-per-standard key lets the survivor hold a standard assessed on both records:
-- neither is lost, the earlier counts, and the merge reports the pair.
ALTER TABLE "care_certificate_assessment" ADD COLUMN "id" UUID NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE "care_certificate_assessment" ADD COLUMN "moved_from_pa_id" UUID;
ALTER TABLE "care_certificate_assessment" DROP CONSTRAINT "care_certificate_assessment_pkey";
ALTER TABLE "care_certificate_assessment" ADD CONSTRAINT "care_certificate_assessment_pkey" PRIMARY KEY ("id");
CREATE UNIQUE INDEX "care_certificate_assessment_pa_standard_key" ON "care_certificate_assessment"("personal_assistant_id", "standard", (COALESCE("moved_from_pa_id", '00000000-0000-0000-0000-000000000000'::uuid)));

ALTER TABLE "pa_repoint" DROP CONSTRAINT "pa_repoint_table_name";
ALTER TABLE "pa_repoint" ADD CONSTRAINT "pa_repoint_table_name" CHECK ("table_name" IN ('training_record', 'care_certificate_assessment'));
