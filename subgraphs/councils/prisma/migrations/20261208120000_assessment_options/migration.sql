-- The support options a council's social worker offered a person at an assessment, on the day of
-- the assessment: whether people were offered a PA, micro-care or a community option, or only
-- residential or domiciliary care. At least one option, each once.
CREATE TABLE "assessment_offer" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "assessed_on" DATE NOT NULL,
    "options" TEXT[] NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
    CONSTRAINT "assessment_offer_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "assessment_offer_options" CHECK (
        cardinality("options") > 0
        AND "options" <@ ARRAY['RESIDENTIAL_CARE','DOMICILIARY_CARE','DIRECT_PAYMENT_WITH_PA','INDIVIDUAL_SERVICE_FUND','MICRO_CARE','PERSONAL_HEALTH_BUDGET','COMMUNITY_SUPPORT','EQUIPMENT']::TEXT[]
    ),
    CONSTRAINT "assessment_offer_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE INDEX "assessment_offer_council_id_assessed_on_idx" ON "assessment_offer"("council_id", "assessed_on");
CREATE INDEX "assessment_offer_person_id_idx" ON "assessment_offer"("person_id");

-- A person merge moves the assessment offers of the retired person too.
ALTER TABLE "person_repoint" DROP CONSTRAINT "person_repoint_table_name";
ALTER TABLE "person_repoint" ADD CONSTRAINT "person_repoint_table_name" CHECK ("table_name" IN ('direct_payment','individual_service_fund','commissioned_package','care_plan','safeguarding_concern','safeguarding_follow_up','reablement_period','assessment_offer'));
