-- Safeguarding concerns (Care Act 2014, s.42): the most restricted records the hub holds. Each is
-- held by the council that leads on it; the person is referenced by hub id only.
CREATE TABLE "safeguarding_concern" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "raised_on" DATE NOT NULL,
    "source" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "raised_by" TEXT NOT NULL,
    "raised_by_organisation" TEXT,
    "enquiry_started_on" DATE,
    "closed_on" DATE,
    "outcome" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
    CONSTRAINT "safeguarding_concern_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "safeguarding_concern_source" CHECK ("source" IN ('FAMILY_MEMBER','REVIEW_CALL','PROVIDER','MICRO_CARE_DEVELOPMENT_OFFICER','PERSONAL_ASSISTANT','THE_PERSON','NHS_STAFF','OTHER')),
    CONSTRAINT "safeguarding_concern_category" CHECK ("category" IN ('PHYSICAL','DOMESTIC','SEXUAL','PSYCHOLOGICAL','FINANCIAL_OR_MATERIAL','MODERN_SLAVERY','DISCRIMINATORY','ORGANISATIONAL','NEGLECT_AND_ACTS_OF_OMISSION','SELF_NEGLECT')),
    CONSTRAINT "safeguarding_concern_outcome" CHECK ("outcome" IS NULL OR "outcome" IN ('NO_FURTHER_ACTION','ACTION_TAKEN')),
    CONSTRAINT "safeguarding_concern_closed" CHECK (("closed_on" IS NULL) = ("outcome" IS NULL)),
    CONSTRAINT "safeguarding_concern_dates" CHECK (("enquiry_started_on" IS NULL OR "enquiry_started_on" >= "raised_on") AND ("closed_on" IS NULL OR "closed_on" >= "raised_on")),
    CONSTRAINT "safeguarding_concern_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE INDEX "safeguarding_concern_person_id_raised_on_idx" ON "safeguarding_concern"("person_id", "raised_on");
CREATE INDEX "safeguarding_concern_council_id_idx" ON "safeguarding_concern"("council_id");

-- Person merges move concerns with the rest of the person's council records.
ALTER TABLE "person_repoint" DROP CONSTRAINT "person_repoint_table_name";
ALTER TABLE "person_repoint" ADD CONSTRAINT "person_repoint_table_name" CHECK ("table_name" IN ('direct_payment','individual_service_fund','commissioned_package','care_plan','safeguarding_concern'));
