-- Recorded sex, compared by PA matching: F or M, null when not known.
ALTER TABLE "personal_assistant" ADD COLUMN "sex" CHAR(1);
ALTER TABLE "personal_assistant" ADD CONSTRAINT "personal_assistant_sex" CHECK ("sex" IN ('F', 'M'));

-- How many PAs carry each normalised given name, family name and date of birth, and how many
-- are held in all (field 'RECORDS', value ''): matching weighs agreement on a common value for
-- less than on a rare one. Kept current by the writes that create or remove a PA.
CREATE TABLE "pa_term_count" (
    "field" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    CONSTRAINT "pa_term_count_pkey" PRIMARY KEY ("field", "value"),
    CONSTRAINT "pa_term_count_field" CHECK ("field" IN ('RECORDS', 'GIVEN_NAME', 'FAMILY_NAME', 'DATE_OF_BIRTH'))
);
