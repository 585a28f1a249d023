-- PA peer groups (brief I1, W18): a group a support organisation runs for PAs in a council area,
-- its meetings, who attended and whether PAs were paid to attend ("one of the barriers to PAs
-- engaging with peer support events was that they were not paid to attend").
CREATE TABLE "peer_group" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "organiser_id" UUID NOT NULL,
    "council_gss_code" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "registered_by" TEXT NOT NULL,
    CONSTRAINT "peer_group_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "peer_group_organiser_id_fkey" FOREIGN KEY ("organiser_id") REFERENCES "support_organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "peer_group_frequency" CHECK ("frequency" IN ('MONTHLY', 'QUARTERLY', 'OCCASIONAL'))
);
CREATE INDEX "peer_group_organiser_id_idx" ON "peer_group"("organiser_id");

CREATE TABLE "peer_group_meeting" (
    "id" UUID NOT NULL,
    "peer_group_id" UUID NOT NULL,
    "held_on" DATE NOT NULL,
    "paid_to_attend" BOOLEAN NOT NULL,
    -- Pounds an hour paid to each PA who attended; null when unpaid.
    "hourly_rate" DECIMAL(10,2),
    "recorded_by" TEXT NOT NULL,
    CONSTRAINT "peer_group_meeting_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "peer_group_meeting_peer_group_id_fkey" FOREIGN KEY ("peer_group_id") REFERENCES "peer_group"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "peer_group_meeting_rate" CHECK (("hourly_rate" IS NOT NULL) = "paid_to_attend" AND ("hourly_rate" IS NULL OR "hourly_rate" > 0)),
    CONSTRAINT "peer_group_meeting_once_a_day" UNIQUE ("peer_group_id", "held_on")
);
CREATE INDEX "peer_group_meeting_held_on_idx" ON "peer_group_meeting"("held_on", "id");

CREATE TABLE "peer_group_attendance" (
    "meeting_id" UUID NOT NULL,
    "personal_assistant_id" UUID NOT NULL,
    CONSTRAINT "peer_group_attendance_pkey" PRIMARY KEY ("meeting_id", "personal_assistant_id"),
    CONSTRAINT "peer_group_attendance_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "peer_group_meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "peer_group_attendance_pa_fkey" FOREIGN KEY ("personal_assistant_id") REFERENCES "personal_assistant"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX "peer_group_attendance_pa_idx" ON "peer_group_attendance"("personal_assistant_id");
