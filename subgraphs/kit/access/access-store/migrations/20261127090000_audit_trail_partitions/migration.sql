-- The audit trail belongs to a role no subgraph holds, is partitioned by month so that a month
-- past its retention can be archived and dropped whole (never by UPDATE or DELETE), and names
-- the user a hub service acted for and why a refused write was refused.

-- The owner: no login. Whoever migrates must be able to act as it (to hand it the table now and
-- to archive later); subgraphs connect as other roles and are granted INSERT and SELECT only.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'continuum_audit_owner') THEN
    CREATE ROLE continuum_audit_owner NOLOGIN;
  END IF;
  IF current_setting('server_version_num')::int >= 160000 THEN
    IF NOT pg_has_role(current_user, 'continuum_audit_owner', 'SET') THEN
      EXECUTE format('GRANT continuum_audit_owner TO %I WITH SET TRUE', current_user);
    END IF;
  ELSIF NOT pg_has_role(current_user, 'continuum_audit_owner', 'MEMBER') THEN
    EXECUTE format('GRANT continuum_audit_owner TO %I', current_user);
  END IF;
END
$$;
GRANT USAGE, CREATE ON SCHEMA public TO continuum_audit_owner;

-- The rows move to the partitioned table; ids keep their sequence.
ALTER TABLE audit_event RENAME TO audit_event_unpartitioned;
ALTER INDEX audit_event_pkey RENAME TO audit_event_unpartitioned_pkey;
ALTER INDEX audit_event_person RENAME TO audit_event_unpartitioned_person;
ALTER INDEX audit_event_pa RENAME TO audit_event_unpartitioned_pa;
ALTER TABLE audit_event_unpartitioned ALTER COLUMN id DROP DEFAULT;
ALTER SEQUENCE audit_event_id_seq OWNED BY NONE;

CREATE TABLE audit_event (
  id            BIGINT NOT NULL DEFAULT nextval('audit_event_id_seq'),
  -- The database server's clock: no subgraph sets when an access happened.
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
  break_glass_id UUID,
  -- When a hub service (user_id service:…) acted for a user: that user.
  on_behalf_of_user_id TEXT,
  on_behalf_of_user_name TEXT,
  on_behalf_of_organisation_code TEXT,
  on_behalf_of_role TEXT,
  -- A refused write: the code it was refused with (NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, CONFLICT…).
  refusal       TEXT,
  PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE INDEX audit_event_person ON audit_event (person_id, at);
CREATE INDEX audit_event_pa ON audit_event (pa_id, at);
CREATE INDEX audit_event_on_behalf_of ON audit_event (on_behalf_of_user_id, at) WHERE on_behalf_of_user_id IS NOT NULL;

ALTER TABLE audit_event OWNER TO continuum_audit_owner;
ALTER SEQUENCE audit_event_id_seq OWNER TO continuum_audit_owner;
ALTER SEQUENCE audit_event_id_seq OWNED BY audit_event.id;
ALTER FUNCTION audit_event_is_append_only() OWNER TO continuum_audit_owner;

-- No one changes history: row triggers reach every partition; TRUNCATE is refused on the table
-- and on each partition.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

-- One month's partition (calendar months in UTC), made by the owner.
CREATE FUNCTION audit_event_partition_for(month DATE) RETURNS TEXT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  first_day DATE := date_trunc('month', month)::date;
  partition_name TEXT := format('audit_event_%s', to_char(first_day, 'YYYY_MM'));
BEGIN
  IF to_regclass(partition_name) IS NULL THEN
    BEGIN
      EXECUTE format('CREATE TABLE %I PARTITION OF audit_event FOR VALUES FROM (%L) TO (%L)', partition_name,
        first_day::timestamp AT TIME ZONE 'UTC', (first_day + interval '1 month')::timestamp AT TIME ZONE 'UTC');
      EXECUTE format('CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()', partition_name);
    EXCEPTION WHEN duplicate_table THEN
      -- Made meanwhile by another session.
      NULL;
    END;
  END IF;
  RETURN partition_name;
END
$$;

-- The month being written in and the next: the access writer may call this (it makes nothing
-- else), so an insert never fails for want of a partition.
CREATE FUNCTION audit_event_ensure_current_partitions() RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM audit_event_partition_for((clock_timestamp() AT TIME ZONE 'UTC')::date);
  PERFORM audit_event_partition_for(((clock_timestamp() AT TIME ZONE 'UTC') + interval '1 month')::date);
END
$$;
ALTER FUNCTION audit_event_partition_for(DATE) OWNER TO continuum_audit_owner;
ALTER FUNCTION audit_event_ensure_current_partitions() OWNER TO continuum_audit_owner;
REVOKE ALL ON FUNCTION audit_event_partition_for(DATE) FROM PUBLIC;
REVOKE ALL ON FUNCTION audit_event_ensure_current_partitions() FROM PUBLIC;

-- A partition for every month that holds rows, up to the next month; then the rows move.
SELECT audit_event_partition_for(month::date)
  FROM generate_series(
    date_trunc('month', LEAST(COALESCE((SELECT min(at) FROM audit_event_unpartitioned), clock_timestamp()), clock_timestamp()) AT TIME ZONE 'UTC'),
    date_trunc('month', clock_timestamp() AT TIME ZONE 'UTC') + interval '1 month',
    interval '1 month') AS month;
INSERT INTO audit_event (id, at, request_id, user_id, user_name, organisation_code, role, purpose, subgraph, action, person_id, pa_id, record_type, record_ids, fields, outcome, break_glass_id)
  SELECT id, at, request_id, user_id, user_name, organisation_code, role, purpose, subgraph, action, person_id, pa_id, record_type, record_ids, fields, outcome, break_glass_id
    FROM audit_event_unpartitioned;
DROP TABLE audit_event_unpartitioned;
