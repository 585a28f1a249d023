-- When and where a course runs (the employer's home, the provider's premises, a community venue
-- or online), so employers can find training that fits around care: in their home, or outside
-- 9-5 on weekdays.
CREATE TABLE "course_session" (
    "id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "venue" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "scheduled_by" TEXT NOT NULL,
    CONSTRAINT "course_session_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "course_session_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "course_session_venue" CHECK ("venue" IN ('EMPLOYER_HOME', 'PROVIDER', 'COMMUNITY', 'ONLINE')),
    CONSTRAINT "course_session_order" CHECK ("ends_at" > "starts_at")
);
CREATE INDEX "course_session_starts_at_idx" ON "course_session"("starts_at", "id");
CREATE INDEX "course_session_course_id_idx" ON "course_session"("course_id");

-- An individual employer's claim for training funding (the Workforce Development Fund or Skills
-- for Care's individual employer funding) for a course, made by the employer, with the council's
-- help, or through a support organisation acting for them.
CREATE TABLE "training_funding_claim" (
    "id" UUID NOT NULL,
    -- Hub id of the employer (a person, owned by the people subgraph).
    "employer_person_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "fund" TEXT NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    -- Hub id of the support organisation that claimed on the employer's behalf; null when the
    -- employer (or the council with them) claimed directly.
    "claimed_through_id" UUID,
    "claimed_on" DATE NOT NULL,
    "status" TEXT NOT NULL,
    "settled_on" DATE,
    "recorded_by" TEXT NOT NULL,
    CONSTRAINT "training_funding_claim_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "training_funding_claim_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "training_funding_claim_fund" CHECK ("fund" IN ('WORKFORCE_DEVELOPMENT_FUND', 'INDIVIDUAL_EMPLOYER_FUNDING')),
    CONSTRAINT "training_funding_claim_status" CHECK ("status" IN ('SUBMITTED', 'PAID', 'REJECTED')),
    CONSTRAINT "training_funding_claim_amount" CHECK ("amount" > 0),
    CONSTRAINT "training_funding_claim_settled" CHECK (("status" = 'SUBMITTED') = ("settled_on" IS NULL))
);
CREATE INDEX "training_funding_claim_claimed_on_idx" ON "training_funding_claim"("claimed_on", "id");
CREATE INDEX "training_funding_claim_employer_person_id_idx" ON "training_funding_claim"("employer_person_id");
