-- The findable register: a PA's opt-in entry (only what they chose to share), the postcode
-- district centroids searches measure distance with, and the contacts a PA accepts or declines.
CREATE TABLE "district_centroid" (
    "district" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "rural" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "district_centroid_pkey" PRIMARY KEY ("district"),
    CONSTRAINT "district_centroid_latitude" CHECK ("latitude" BETWEEN 49 AND 61),
    CONSTRAINT "district_centroid_longitude" CHECK ("longitude" BETWEEN -9 AND 2)
);

CREATE TABLE "register_entry" (
    "id" UUID NOT NULL,
    "personal_assistant_id" UUID NOT NULL,
    "findable" BOOLEAN NOT NULL DEFAULT true,
    "postcode_district" TEXT NOT NULL,
    "services" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "languages" TEXT[],
    "gender" TEXT,
    "slot_mask" BIGINT NOT NULL DEFAULT 0,
    "short_notice" BOOLEAN NOT NULL DEFAULT false,
    "hours_per_week" DECIMAL(5,2),
    "share_dbs" BOOLEAN NOT NULL DEFAULT false,
    "training" TEXT[],
    "care_certificate" TEXT,
    "care_groups" TEXT[],
    "drives" BOOLEAN,
    "public_transport" BOOLEAN,
    "max_travel_miles" DECIMAL(5,1),
    "consent_given_on" DATE NOT NULL,
    "published_by" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "register_entry_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "register_entry_pa_key" UNIQUE ("personal_assistant_id"),
    CONSTRAINT "register_entry_personal_assistant_id_fkey" FOREIGN KEY ("personal_assistant_id") REFERENCES "personal_assistant"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "register_entry_gender" CHECK ("gender" IN ('FEMALE','MALE','NON_BINARY')),
    CONSTRAINT "register_entry_care_certificate" CHECK ("care_certificate" IN ('NOT_STARTED','IN_PROGRESS','COMPLETED')),
    CONSTRAINT "register_entry_hours" CHECK ("hours_per_week" > 0 AND "hours_per_week" <= 168),
    CONSTRAINT "register_entry_travel" CHECK ("max_travel_miles" >= 0),
    CONSTRAINT "register_entry_slots" CHECK ("slot_mask" >= 0 AND "slot_mask" < 4398046511104)
);

-- A search reads the findable entries of the districts near the person.
CREATE INDEX "register_entry_findable_district_idx" ON "register_entry"("postcode_district") WHERE "findable";

CREATE TABLE "pa_contact" (
    "id" UUID NOT NULL,
    "register_entry_id" UUID NOT NULL,
    "personal_assistant_id" UUID NOT NULL,
    "for_person_id" UUID NOT NULL,
    "requested_by" TEXT NOT NULL,
    "requested_by_organisation" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "requested_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answered_at" TIMESTAMPTZ(6),
    CONSTRAINT "pa_contact_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "pa_contact_register_entry_id_fkey" FOREIGN KEY ("register_entry_id") REFERENCES "register_entry"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "pa_contact_status" CHECK ("status" IN ('PENDING','ACCEPTED','DECLINED'))
);

CREATE INDEX "pa_contact_personal_assistant_idx" ON "pa_contact"("personal_assistant_id", "requested_at");
CREATE INDEX "pa_contact_entry_organisation_idx" ON "pa_contact"("register_entry_id", "requested_by_organisation", "status");
