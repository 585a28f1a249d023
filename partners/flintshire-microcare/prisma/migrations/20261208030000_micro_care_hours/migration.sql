-- Hours of care and support delivered to each client, day by day, and the council's hourly
-- rates by funding route and the day each came into force: what the hours are valued at.
CREATE TABLE "micro_care_rate" (
    "funding_route" TEXT NOT NULL,
    "effective_from" DATE NOT NULL,
    "hourly_rate" DECIMAL(10,2) NOT NULL,
    CONSTRAINT "micro_care_rate_pkey" PRIMARY KEY ("funding_route", "effective_from"),
    CONSTRAINT "micro_care_rate_funding_route" CHECK ("funding_route" IN ('PRIVATE','DIRECT_PAYMENT','COMMISSIONED_SOLE_TRADER','COMMISSIONED_WITH_EMPLOYEES')),
    CONSTRAINT "micro_care_rate_positive" CHECK ("hourly_rate" > 0)
);

CREATE TABLE "micro_care_hours" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL REFERENCES "micro_care_client"("id") ON DELETE CASCADE,
    "delivered_on" DATE NOT NULL,
    "category" TEXT NOT NULL,
    "hours" DECIMAL(4,2) NOT NULL,
    CONSTRAINT "micro_care_hours_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "micro_care_hours_category" CHECK ("category" IN ('PERSONAL_CARE','SUPPORT','WELL_BEING')),
    CONSTRAINT "micro_care_hours_in_a_day" CHECK ("hours" > 0 AND "hours" <= 24),
    CONSTRAINT "micro_care_hours_client_id_delivered_on_category_key" UNIQUE ("client_id", "delivered_on", "category")
);

CREATE INDEX "micro_care_hours_delivered_on_idx" ON "micro_care_hours"("delivered_on");
