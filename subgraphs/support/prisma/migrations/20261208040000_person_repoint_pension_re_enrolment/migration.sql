-- A person merge moves the retired employer's pension re-enrolment days to the survivor. Two
-- employers merged may have re-enrolled on the same day, so a day is no longer unique per employer.
ALTER TABLE "pension_re_enrolment" DROP CONSTRAINT "pension_re_enrolment_once";
CREATE INDEX "pension_re_enrolment_employer_idx" ON "pension_re_enrolment"("employer_person_id", "re_enrolled_on");
ALTER TABLE "person_repoint" DROP CONSTRAINT "person_repoint_table_name";
ALTER TABLE "person_repoint" ADD CONSTRAINT "person_repoint_table_name" CHECK ("table_name" IN ('employment', 'dbs_check', 'vacancy', 'cover_request', 'pa_contact', 'payroll_run', 'pension_re_enrolment'));
