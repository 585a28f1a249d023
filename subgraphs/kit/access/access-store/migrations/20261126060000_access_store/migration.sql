-- The hub's access store: who has a legitimate relationship with whom, consent and objections,
-- break-glass grants, and the audit trail. Shared by every subgraph; owned by no agency.

-- An organisation's legitimate relationship with a person or a PA, from the facts that create it.
CREATE TABLE relationship (
  id            BIGSERIAL PRIMARY KEY,
  organisation_code TEXT NOT NULL,
  subject_kind  TEXT NOT NULL CHECK (subject_kind IN ('PERSON', 'PA')),
  subject_id    UUID NOT NULL,
  kind          TEXT NOT NULL,
  starts_on     DATE NOT NULL,
  -- NULL while the relationship is open-ended.
  ends_on       DATE,
  -- The record that creates it (an episode, an employment, a transition) and its kind.
  source_type   TEXT NOT NULL,
  source_id     TEXT NOT NULL,
  UNIQUE (organisation_code, subject_kind, subject_id, kind, source_id)
);
CREATE INDEX relationship_subject ON relationship (subject_kind, subject_id);

-- A PA employed by a person: who can see the person can see their PAs.
CREATE TABLE employment_link (
  employment_id UUID PRIMARY KEY,
  person_id     UUID NOT NULL,
  pa_id         UUID NOT NULL,
  starts_on     DATE NOT NULL,
  ends_on       DATE
);
CREATE INDEX employment_link_pa ON employment_link (pa_id);
CREATE INDEX employment_link_person ON employment_link (person_id);

-- Consent to share for a purpose, or an objection to it, per person.
CREATE TABLE consent (
  id            UUID PRIMARY KEY,
  person_id     UUID NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('CONSENT', 'OBJECTION')),
  purpose       TEXT NOT NULL,
  -- Organisations covered; empty means every organisation.
  organisation_codes TEXT[] NOT NULL,
  valid_from    DATE NOT NULL,
  valid_to      DATE,
  recorded_by   TEXT NOT NULL,
  recorded_by_organisation TEXT NOT NULL,
  recorded_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  withdrawn_at  TIMESTAMPTZ,
  withdrawn_by  TEXT,
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX consent_person ON consent (person_id);

-- Emergency access outside the usual relationships: a stated reason, time-limited, reviewed later.
CREATE TABLE break_glass (
  id            UUID PRIMARY KEY,
  user_id       TEXT NOT NULL,
  user_name     TEXT NOT NULL,
  organisation_code TEXT NOT NULL,
  role          TEXT NOT NULL,
  person_id     UUID NOT NULL,
  reason        TEXT NOT NULL CHECK (length(trim(reason)) >= 10),
  granted_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  expires_at    TIMESTAMPTZ NOT NULL,
  reviewed_at   TIMESTAMPTZ,
  reviewed_by   TEXT,
  review_note   TEXT
);
CREATE INDEX break_glass_person ON break_glass (person_id, user_id);

-- The audit trail: every read and write of personal data. Append-only.
CREATE TABLE audit_event (
  id            BIGSERIAL PRIMARY KEY,
  at            TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
  request_id    TEXT NOT NULL,
  user_id       TEXT NOT NULL,
  user_name     TEXT NOT NULL,
  organisation_code TEXT NOT NULL,
  role          TEXT NOT NULL,
  purpose       TEXT NOT NULL,
  subgraph      TEXT NOT NULL,
  action        TEXT NOT NULL CHECK (action IN ('READ', 'WRITE')),
  person_id     UUID,
  pa_id         UUID,
  record_type   TEXT NOT NULL,
  record_ids    TEXT[] NOT NULL,
  fields        TEXT[] NOT NULL,
  outcome       TEXT NOT NULL CHECK (outcome IN ('ALLOWED', 'DENIED')),
  -- Set when the access rested on a break-glass grant.
  break_glass_id UUID
);
CREATE INDEX audit_event_person ON audit_event (person_id, at);
CREATE INDEX audit_event_pa ON audit_event (pa_id, at);

-- No one changes history: updates, deletes and truncation are refused whoever asks.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
