-- A person merge moves the retired person's places on councils' mentor directories and the
-- mentor offers made to them; a PA merge moves the peer-group meetings the retired PA attended.
-- Each attendance gets an id of its own (the merge ledger records rows by id). As with training
-- records, the one-a-council and one-a-meeting keys let the survivor hold the retired record's
-- row beside their own (moved_from_*, set by the merge, cleared by its revert): neither is lost,
-- and the merge reports the pair.
ALTER TABLE "dp_mentor" ADD COLUMN "moved_from_person_id" UUID;
ALTER TABLE "dp_mentor" DROP CONSTRAINT "dp_mentor_once_per_council";
CREATE UNIQUE INDEX "dp_mentor_once_per_council" ON "dp_mentor"("mentor_person_id", "council_gss_code", (COALESCE("moved_from_person_id", '00000000-0000-0000-0000-000000000000'::uuid)));

ALTER TABLE "peer_group_attendance" ADD COLUMN "id" UUID NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE "peer_group_attendance" ADD COLUMN "moved_from_pa_id" UUID;
ALTER TABLE "peer_group_attendance" DROP CONSTRAINT "peer_group_attendance_pkey";
ALTER TABLE "peer_group_attendance" ADD CONSTRAINT "peer_group_attendance_pkey" PRIMARY KEY ("id");
CREATE UNIQUE INDEX "peer_group_attendance_once" ON "peer_group_attendance"("meeting_id", "personal_assistant_id", (COALESCE("moved_from_pa_id", '00000000-0000-0000-0000-000000000000'::uuid)));

ALTER TABLE "person_repoint" DROP CONSTRAINT "person_repoint_table_name";
ALTER TABLE "person_repoint" ADD CONSTRAINT "person_repoint_table_name" CHECK ("table_name" IN ('employment', 'dbs_check', 'vacancy', 'cover_request', 'pa_contact', 'payroll_run', 'pension_re_enrolment', 'dp_mentor', 'dp_mentor_offer'));
ALTER TABLE "pa_repoint" DROP CONSTRAINT "pa_repoint_table_name";
ALTER TABLE "pa_repoint" ADD CONSTRAINT "pa_repoint_table_name" CHECK ("table_name" IN ('employment', 'pa_contact', 'vacancy_application', 'vacancy', 'cover_request', 'contingency_arrangement', 'peer_group_attendance'));
