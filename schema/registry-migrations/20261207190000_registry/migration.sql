-- The schema registry shared by every gateway replica: registered partner subgraphs, the SDL
-- each has published, every publish (with the supergraph it produced), and partners' credentials.
CREATE TABLE registry_subgraph (
  name          TEXT PRIMARY KEY,
  url           TEXT NOT NULL,
  organisation  TEXT NOT NULL,
  contact       TEXT NOT NULL,
  timeout_ms    INTEGER CHECK (timeout_ms BETWEEN 1 AND 60000),
  registered_at TIMESTAMPTZ NOT NULL,
  registered_by TEXT NOT NULL,
  -- The SDL last published; null until the first publish.
  sdl           TEXT
);

CREATE TABLE registry_publish (
  version           BIGSERIAL PRIMARY KEY,
  published_at      TIMESTAMPTZ NOT NULL,
  published_by      TEXT NOT NULL,
  subgraph          TEXT NOT NULL,
  action            TEXT NOT NULL CHECK (action IN ('publish', 'recompose')),
  sdl_sha256        TEXT,
  sdl               TEXT,
  supergraph_sha256 TEXT NOT NULL,
  supergraph        TEXT NOT NULL,
  changes           JSONB NOT NULL DEFAULT '[]'
);

-- A partner's credential is kept only as its SHA-256: the key itself is shown once, when issued.
CREATE TABLE registry_credential (
  key_sha256 TEXT PRIMARY KEY,
  subgraph   TEXT NOT NULL REFERENCES registry_subgraph (name) ON DELETE CASCADE,
  issued_at  TIMESTAMPTZ NOT NULL,
  issued_by  TEXT NOT NULL
);
CREATE INDEX registry_credential_subgraph ON registry_credential (subgraph);
