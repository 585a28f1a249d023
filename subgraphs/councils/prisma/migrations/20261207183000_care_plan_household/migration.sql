-- A care plan's care group and primary support reason (the statutory SALT categories), and who
-- lives in or regularly visits the home: counts by age band only, never who they are.
ALTER TABLE "care_plan"
    ADD COLUMN "care_group" TEXT,
    ADD COLUMN "primary_support_reason" TEXT,
    ADD COLUMN "household_recorded_on" DATE,
    ADD COLUMN "household_recorded_by" TEXT;

CREATE TABLE "care_plan_household" (
    "care_plan_id" UUID NOT NULL,
    "presence" TEXT NOT NULL,
    "age_band" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    CONSTRAINT "care_plan_household_pkey" PRIMARY KEY ("care_plan_id", "presence", "age_band"),
    CONSTRAINT "care_plan_household_care_plan_id_fkey" FOREIGN KEY ("care_plan_id") REFERENCES "care_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "care_plan_household_presence" CHECK ("presence" IN ('LIVES_IN', 'REGULARLY_VISITS')),
    CONSTRAINT "care_plan_household_age_band" CHECK ("age_band" IN ('UNDER_5', 'AGE_5_TO_11', 'AGE_12_TO_17', 'AGE_18_TO_64', 'AGE_65_AND_OVER')),
    CONSTRAINT "care_plan_household_count" CHECK ("count" BETWEEN 1 AND 30)
);
