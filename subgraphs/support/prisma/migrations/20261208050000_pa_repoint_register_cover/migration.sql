-- A PA merge also moves the register contacts, vacancy applications, vacancies filled, cover given
-- and contingency arrangements naming the retired PA to the survivor (and back on unmerge).

-- Contingency arrangements get a row id, so a merge can record each one it moved.
ALTER TABLE "contingency_arrangement" ADD COLUMN "id" UUID NOT NULL DEFAULT gen_random_uuid();
CREATE UNIQUE INDEX "contingency_arrangement_id_key" ON "contingency_arrangement"("id");

-- Both PA records may have applied to one vacancy: once merged the survivor holds both
-- applications, told apart by the record each was moved from.
ALTER TABLE "vacancy_application" ADD COLUMN "moved_from_pa_id" UUID;
ALTER TABLE "vacancy_application" DROP CONSTRAINT "vacancy_application_once";
CREATE UNIQUE INDEX "vacancy_application_once" ON "vacancy_application"("vacancy_id", "personal_assistant_id", (COALESCE("moved_from_pa_id", '00000000-0000-0000-0000-000000000000'::uuid)));

ALTER TABLE "pa_repoint" DROP CONSTRAINT "pa_repoint_table_name";
ALTER TABLE "pa_repoint" ADD CONSTRAINT "pa_repoint_table_name" CHECK ("table_name" IN ('employment', 'pa_contact', 'vacancy_application', 'vacancy', 'cover_request', 'contingency_arrangement'));

-- The retired PA's register entry, moved to a survivor who had none (moved back on unmerge).
ALTER TABLE "pa_merge" ADD COLUMN "moved_register_entry" BOOLEAN NOT NULL DEFAULT false;
