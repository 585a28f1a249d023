-- A person merge also moves the vacancies and cover requests of the retired employer, and the
-- register contacts asked for the retired person.
ALTER TABLE "person_repoint" DROP CONSTRAINT "person_repoint_table_name";
ALTER TABLE "person_repoint" ADD CONSTRAINT "person_repoint_table_name" CHECK ("table_name" IN ('employment', 'dbs_check', 'vacancy', 'cover_request', 'pa_contact'));
