-- Domiciliary care requests: hours of care at home a council has agreed a person needs, waiting
-- for a provider from the day asked until they are allocated (to an agency, a micro-carer, a PA or
-- a direct payment) or withdrawn. Unallocated hours on any day are the hours of requests asked on
-- or before it and not yet closed.
CREATE TABLE "domiciliary_care_request" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "hours_per_week" DECIMAL(6,2) NOT NULL,
    "requested_on" DATE NOT NULL,
    "requested_by" TEXT NOT NULL,
    "closed_on" DATE,
    "closed_by" TEXT,
    "outcome" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
    CONSTRAINT "domiciliary_care_request_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "domiciliary_care_request_hours" CHECK ("hours_per_week" > 0 AND "hours_per_week" <= 168),
    CONSTRAINT "domiciliary_care_request_outcome" CHECK ("outcome" IS NULL OR "outcome" IN ('AGENCY','MICRO_CARER','PERSONAL_ASSISTANT','DIRECT_PAYMENT','WITHDRAWN')),
    CONSTRAINT "domiciliary_care_request_closed" CHECK (("closed_on" IS NULL) = ("outcome" IS NULL) AND ("closed_on" IS NULL) = ("closed_by" IS NULL)),
    CONSTRAINT "domiciliary_care_request_order" CHECK ("closed_on" IS NULL OR "closed_on" >= "requested_on"),
    CONSTRAINT "domiciliary_care_request_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE INDEX "domiciliary_care_request_council_id_requested_on_idx" ON "domiciliary_care_request"("council_id", "requested_on");
CREATE INDEX "domiciliary_care_request_person_id_idx" ON "domiciliary_care_request"("person_id");

-- A person merge moves the domiciliary care requests of the retired person too.
ALTER TABLE "person_repoint" DROP CONSTRAINT "person_repoint_table_name";
ALTER TABLE "person_repoint" ADD CONSTRAINT "person_repoint_table_name" CHECK ("table_name" IN ('direct_payment','individual_service_fund','commissioned_package','care_plan','safeguarding_concern','safeguarding_follow_up','reablement_period','assessment_offer','domiciliary_care_request'));
