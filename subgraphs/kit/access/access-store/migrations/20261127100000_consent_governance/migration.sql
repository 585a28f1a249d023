-- A consent says who gave it (the person, or a named representative) and how (verbally, in
-- writing, under a Lasting Power of Attorney, as a court-appointed deputy, or by the person signed
-- in), with the evidence where there is a document; and who recorded it. A consent names at least
-- one organisation and ends at most 12 months after it starts. An objection only narrows access,
-- so it may cover every organisation and stay until withdrawn.
-- Rows recorded before this carry none of it: the checks hold for new rows (NOT VALID), and the
-- access decisions give such a consent no effect.
ALTER TABLE consent
  ADD COLUMN given_by TEXT CHECK (given_by IN ('PERSON', 'REPRESENTATIVE')),
  ADD COLUMN representative_name TEXT,
  ADD COLUMN representative_relationship TEXT,
  ADD COLUMN method TEXT CHECK (method IN ('VERBAL', 'WRITTEN', 'LASTING_POWER_OF_ATTORNEY', 'COURT_APPOINTED_DEPUTY', 'SIGNED_IN_PERSON')),
  ADD COLUMN evidence_reference TEXT,
  ADD COLUMN recorded_by_user_id TEXT,
  ADD COLUMN recorded_by_role TEXT;

ALTER TABLE consent ADD CONSTRAINT consent_says_who_and_how
  CHECK (given_by IS NOT NULL AND method IS NOT NULL AND recorded_by_user_id IS NOT NULL AND recorded_by_role IS NOT NULL) NOT VALID;
ALTER TABLE consent ADD CONSTRAINT consent_representative_named
  CHECK ((given_by = 'PERSON' AND representative_name IS NULL) OR (given_by = 'REPRESENTATIVE' AND length(trim(representative_name)) > 0 AND length(trim(representative_relationship)) > 0)) NOT VALID;
ALTER TABLE consent ADD CONSTRAINT consent_representative_authority
  CHECK (method NOT IN ('LASTING_POWER_OF_ATTORNEY', 'COURT_APPOINTED_DEPUTY') OR given_by = 'REPRESENTATIVE') NOT VALID;
ALTER TABLE consent ADD CONSTRAINT consent_evidence
  CHECK (method NOT IN ('WRITTEN', 'LASTING_POWER_OF_ATTORNEY', 'COURT_APPOINTED_DEPUTY') OR length(trim(evidence_reference)) > 0) NOT VALID;
ALTER TABLE consent ADD CONSTRAINT consent_named_and_bounded
  CHECK (kind = 'OBJECTION' OR (cardinality(organisation_codes) >= 1 AND valid_to IS NOT NULL AND valid_to <= valid_from + interval '12 months')) NOT VALID;

-- The data protection officer's list: newest first.
CREATE INDEX consent_recorded ON consent (recorded_at DESC, id DESC);
