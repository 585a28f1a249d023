-- Relationships an organisation asserts by registering someone (or deciding a duplicate review)
-- open a record at once, so a data protection officer reviews each, as with break-glass. A
-- revoked relationship no longer counts for anything.
ALTER TABLE relationship
  ADD COLUMN recorded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  ADD COLUMN reviewed_at TIMESTAMPTZ,
  ADD COLUMN reviewed_by TEXT,
  ADD COLUMN review_note TEXT,
  ADD COLUMN revoked_at  TIMESTAMPTZ;
CREATE INDEX relationship_asserted_unreviewed ON relationship (recorded_at DESC) WHERE source_type IN ('Registration', 'PaRegistration') AND reviewed_at IS NULL;
