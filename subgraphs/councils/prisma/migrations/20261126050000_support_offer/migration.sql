-- What each council offers individual employers and PAs, one answer per survey round.
CREATE TABLE "council_support_offer" (
    "council_id" UUID NOT NULL,
    "survey_year" INTEGER NOT NULL,
    "item" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "provider" TEXT,
    CONSTRAINT "council_support_offer_pkey" PRIMARY KEY ("council_id", "survey_year", "item", "audience"),
    CONSTRAINT "council_support_offer_audience" CHECK ("audience" IN ('EMPLOYER','PA')),
    CONSTRAINT "council_support_offer_status" CHECK ("status" IN ('AVAILABLE','IN_DEVELOPMENT','NOT_AVAILABLE','DONT_KNOW')),
    CONSTRAINT "council_support_offer_provider" CHECK ("provider" IS NULL OR "provider" IN ('LOCAL_AUTHORITY','SUPPORT_ORGANISATION','OTHER_VOLUNTARY_ORGANISATION')),
    CONSTRAINT "council_support_offer_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE INDEX "council_support_offer_survey_year_idx" ON "council_support_offer"("survey_year");
