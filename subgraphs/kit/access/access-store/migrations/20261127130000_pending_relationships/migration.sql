-- A write never opens access on its own. A relationship a user's write records (a funding episode,
-- a CHC decision, a registration link, a training record, an employment) is pending until it is
-- corroborated: by a relationship the user's organisation already had with the person or PA, by a
-- registration whose verified NHS number, names and date of birth agree with the record, or by the
-- data protection officer confirming it. A pending relationship counts for nothing.
-- Rows recorded before this, and the facts loaded with the demo region, stay as they were.
ALTER TABLE relationship
  ADD COLUMN pending       BOOLEAN NOT NULL DEFAULT false,
  -- Who recorded it, by which write: null for facts loaded in bulk and the hub's own steps.
  ADD COLUMN asserted_by_user_id TEXT,
  ADD COLUMN asserted_by   TEXT,
  ADD COLUMN asserted_through TEXT,
  -- What corroborated it (null while pending).
  ADD COLUMN corroboration TEXT,
  -- On the data protection officer's list: every pending one, and every registration link.
  ADD COLUMN for_review    BOOLEAN NOT NULL DEFAULT false;
UPDATE relationship SET for_review = true WHERE source_type IN ('Registration', 'PaRegistration') AND copied_by_merge IS NULL;
CREATE INDEX relationship_for_review ON relationship (recorded_at DESC, id DESC) WHERE for_review AND copied_by_merge IS NULL;

-- An employment recorded by a user whose organisation had no relationship of its own with the
-- employer and the PA links them only once the data protection officer confirms it.
ALTER TABLE employment_link ADD COLUMN pending BOOLEAN NOT NULL DEFAULT false;
