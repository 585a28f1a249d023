-- People waiting in a hospital bed, or in a step-up bed in a care home, for a package of care at
-- home: from admission, through the day they were ready to leave, to the day they went home. The
-- days from ready to discharged are the delay.
CREATE TABLE "discharge_wait" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "health_body_id" UUID NOT NULL,
    "setting" TEXT NOT NULL,
    "admitted_on" DATE NOT NULL,
    "ready_on" DATE NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "discharged_on" DATE,
    "discharged_by" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
    CONSTRAINT "discharge_wait_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "discharge_wait_setting" CHECK ("setting" IN ('HOSPITAL','STEP_UP_BED')),
    CONSTRAINT "discharge_wait_ready" CHECK ("ready_on" >= "admitted_on"),
    CONSTRAINT "discharge_wait_discharged" CHECK (("discharged_on" IS NULL) = ("discharged_by" IS NULL) AND ("discharged_on" IS NULL OR "discharged_on" >= "ready_on")),
    CONSTRAINT "discharge_wait_health_body_id_fkey" FOREIGN KEY ("health_body_id") REFERENCES "health_body"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE INDEX "discharge_wait_health_body_id_ready_on_idx" ON "discharge_wait"("health_body_id", "ready_on");
CREATE INDEX "discharge_wait_person_id_idx" ON "discharge_wait"("person_id");

-- A person merge moves the discharge waits of the retired person too.
ALTER TABLE "person_repoint" DROP CONSTRAINT "person_repoint_table_name";
ALTER TABLE "person_repoint" ADD CONSTRAINT "person_repoint_table_name" CHECK ("table_name" IN ('personal_health_budget','chc_package','integrated_budget','chc_decision','health_plan','discharge_wait'));
