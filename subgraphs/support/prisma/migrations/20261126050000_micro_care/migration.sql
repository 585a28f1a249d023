-- Micro-care: small care businesses registered with a council's programme, the hours they
-- deliver each month and the people they support (opaque references held by the business).
CREATE TABLE "micro_enterprise" (
    "id" UUID NOT NULL,
    "trading_name" TEXT NOT NULL,
    "council_gss_code" TEXT NOT NULL,
    "registered_on" DATE NOT NULL,
    "quality_framework_completed_on" DATE,
    "agency_on" DATE,
    "employees" INTEGER NOT NULL DEFAULT 0,
    "former_pa" BOOLEAN NOT NULL DEFAULT false,
    "direct_commissioning" TEXT NOT NULL DEFAULT 'NOT_ASSESSED',
    CONSTRAINT "micro_enterprise_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "micro_enterprise_employees" CHECK ("employees" >= 0),
    CONSTRAINT "micro_enterprise_direct_commissioning" CHECK ("direct_commissioning" IN ('READY','IN_PROGRESS','NOT_INTENDING','NOT_ASSESSED'))
);

CREATE INDEX "micro_enterprise_council_gss_code_idx" ON "micro_enterprise"("council_gss_code");

CREATE TABLE "micro_care_hours" (
    "enterprise_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "category" TEXT NOT NULL,
    "hours" DECIMAL(10,2) NOT NULL,
    "hourly_rate" DECIMAL(10,2),
    CONSTRAINT "micro_care_hours_pkey" PRIMARY KEY ("enterprise_id", "month", "category"),
    CONSTRAINT "micro_care_hours_category" CHECK ("category" IN ('PERSONAL_CARE','SUPPORT','WELL_BEING','UNCATEGORISED')),
    CONSTRAINT "micro_care_hours_first_of_month" CHECK (EXTRACT(DAY FROM "month") = 1),
    CONSTRAINT "micro_care_hours_positive" CHECK ("hours" > 0),
    CONSTRAINT "micro_care_hours_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "micro_enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE INDEX "micro_care_hours_month_idx" ON "micro_care_hours"("month");

CREATE TABLE "micro_care_client" (
    "id" UUID NOT NULL,
    "enterprise_id" UUID NOT NULL,
    "start" DATE NOT NULL,
    "end" DATE,
    CONSTRAINT "micro_care_client_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "micro_care_client_dates" CHECK ("end" IS NULL OR "end" >= "start"),
    CONSTRAINT "micro_care_client_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "micro_enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE INDEX "micro_care_client_enterprise_id_idx" ON "micro_care_client"("enterprise_id");
