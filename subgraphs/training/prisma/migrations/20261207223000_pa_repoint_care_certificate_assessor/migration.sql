-- A PA merge also moves an assessor's link to the PA record they work as, so the survivor's
-- record is the one they may not assess.
ALTER TABLE "pa_repoint" DROP CONSTRAINT "pa_repoint_table_name";
ALTER TABLE "pa_repoint" ADD CONSTRAINT "pa_repoint_table_name" CHECK ("table_name" IN ('training_record', 'care_certificate_assessment', 'care_certificate_assessor'));
