-- People: the hub's identity records.
CREATE TABLE "person" (
    "id" UUID NOT NULL,
    "nhs_number" CHAR(10),
    "nhs_number_status" CHAR(2) NOT NULL,
    "given_name" TEXT NOT NULL,
    "family_name" TEXT NOT NULL,
    "date_of_birth" DATE NOT NULL,
    "postcode_district" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "person_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "person_nhs_number_digits" CHECK ("nhs_number" ~ '^[0-9]{10}$'),
    CONSTRAINT "person_nhs_number_status_code" CHECK ("nhs_number_status" IN ('01','02','03','04','05','06','07','08'))
);

CREATE UNIQUE INDEX "person_nhs_number_key" ON "person"("nhs_number");
CREATE INDEX "person_family_name_given_name_id_idx" ON "person"("family_name", "given_name", "id");
CREATE INDEX "person_date_of_birth_idx" ON "person"("date_of_birth");

CREATE TABLE "local_identifier" (
    "person_id" UUID NOT NULL,
    "agency" TEXT NOT NULL,
    "organisation_code" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    CONSTRAINT "local_identifier_pkey" PRIMARY KEY ("agency", "organisation_code", "value"),
    CONSTRAINT "local_identifier_agency" CHECK ("agency" IN ('COUNCIL','HEALTH','SUPPORT_ORGANISATION','TRAINING_PROVIDER'))
);

CREATE INDEX "local_identifier_person_id_idx" ON "local_identifier"("person_id");

ALTER TABLE "local_identifier" ADD CONSTRAINT "local_identifier_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
