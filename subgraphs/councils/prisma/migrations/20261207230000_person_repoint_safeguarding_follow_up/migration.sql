-- A person merge also moves the safeguarding follow-ups about the retired person.
ALTER TABLE "person_repoint" DROP CONSTRAINT "person_repoint_table_name";
ALTER TABLE "person_repoint" ADD CONSTRAINT "person_repoint_table_name" CHECK ("table_name" IN ('direct_payment','individual_service_fund','commissioned_package','care_plan','safeguarding_concern','safeguarding_follow_up'));
