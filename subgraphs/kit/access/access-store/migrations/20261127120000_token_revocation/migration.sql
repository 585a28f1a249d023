-- Tokens refused before they expire: one token by its id (jti), or every token issued to a user
-- before an instant. The gateway reads the entries that can still matter on every request
-- (a token lives at most an hour); the rest stay as the record of who revoked what and why.
CREATE TABLE token_revocation (
  id            BIGSERIAL PRIMARY KEY,
  jti           TEXT,
  user_id       TEXT,
  issued_before TIMESTAMPTZ,
  reason        TEXT NOT NULL CHECK (length(trim(reason)) >= 5),
  revoked_by    TEXT NOT NULL CHECK (length(trim(revoked_by)) > 0),
  revoked_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK ((jti IS NOT NULL AND user_id IS NULL AND issued_before IS NULL) OR (jti IS NULL AND user_id IS NOT NULL AND issued_before IS NOT NULL))
);
CREATE INDEX token_revocation_recent ON token_revocation ((COALESCE(issued_before, revoked_at)) DESC);
CREATE INDEX token_revocation_jti ON token_revocation (jti) WHERE jti IS NOT NULL;
