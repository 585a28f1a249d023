-- A person merge also moves the employer named as requesting a DBS check.
ALTER TABLE "person_repoint" DROP CONSTRAINT "person_repoint_table_name";
ALTER TABLE "person_repoint" ADD CONSTRAINT "person_repoint_table_name" CHECK ("table_name" IN ('employment', 'dbs_check'));
