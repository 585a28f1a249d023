-- Direct payment mentors (brief W7, I2): experienced employers who agreed to be on a council's
-- mentor directory, and the offers of a mentor made to new direct payment recipients. A mentor's
-- details stay with the directory: the graph shows others only the mentor's id and first name.
CREATE TABLE "dp_mentor" (
    "id" UUID NOT NULL,
    -- Hub id of the experienced employer (a person, owned by the people subgraph); never served.
    "mentor_person_id" UUID NOT NULL,
    "first_name" TEXT NOT NULL,
    "council_gss_code" TEXT NOT NULL,
    "joined_on" DATE NOT NULL,
    "registered_by" TEXT NOT NULL,
    CONSTRAINT "dp_mentor_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "dp_mentor_once_per_council" UNIQUE ("mentor_person_id", "council_gss_code")
);

CREATE TABLE "dp_mentor_offer" (
    "id" UUID NOT NULL,
    -- Hub id of the new direct payment recipient offered a mentor.
    "employer_person_id" UUID NOT NULL,
    "council_gss_code" TEXT NOT NULL,
    "offered_on" DATE NOT NULL,
    -- Set when the recipient agreed to have their details passed to a mentor (referred).
    "mentor_id" UUID,
    "recorded_by" TEXT NOT NULL,
    CONSTRAINT "dp_mentor_offer_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "dp_mentor_offer_mentor_id_fkey" FOREIGN KEY ("mentor_id") REFERENCES "dp_mentor"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX "dp_mentor_offer_council_idx" ON "dp_mentor_offer"("council_gss_code", "offered_on", "id");
CREATE INDEX "dp_mentor_offer_employer_idx" ON "dp_mentor_offer"("employer_person_id");
