-- How long each visit of a vacancy is, in minutes: short calls (30 minutes or less) are the hardest to fill in rural areas.
ALTER TABLE "vacancy" ADD COLUMN "visit_minutes" INTEGER;
ALTER TABLE "vacancy" ADD CONSTRAINT "vacancy_visit_minutes" CHECK ("visit_minutes" > 0 AND "visit_minutes" <= 720);
