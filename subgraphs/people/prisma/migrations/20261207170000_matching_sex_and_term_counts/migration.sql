-- Recorded sex, compared by matching: F or M, null when not known.
ALTER TABLE "person" ADD COLUMN "sex" CHAR(1);
ALTER TABLE "person" ADD CONSTRAINT "person_sex" CHECK ("sex" IN ('F', 'M'));

-- How many people carry each normalised given name, family name and date of birth, and how
-- many are held in all (field 'RECORDS', value ''): matching weighs agreement on a common value
-- for less than on a rare one. Kept current by the writes that create or remove a person.
CREATE TABLE "person_term_count" (
    "field" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    CONSTRAINT "person_term_count_pkey" PRIMARY KEY ("field", "value"),
    CONSTRAINT "person_term_count_field" CHECK ("field" IN ('RECORDS', 'GIVEN_NAME', 'FAMILY_NAME', 'DATE_OF_BIRTH'))
);
