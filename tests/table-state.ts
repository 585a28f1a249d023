import { withDatabase } from '@continuum/runtime';
import { testServerUrl } from '@continuum/dev/testing';
import type { Hub } from '../scripts/hub.ts';
import { withClient } from './pg-client.ts';

/** Tables that change on every request by design: the audit trail (a refused write is in it too). */
const EXPECTED_TO_GROW = new Set(['access.audit_event']);

/**
 * Every table of the database's public schema (a partitioned table as one: its partitions share
 * its trigger) gets a trigger that notes each row inserted, updated or deleted, and each truncate,
 * in write_probe.log, in the writer's own transaction: a write rolled back leaves no note, a
 * committed one always does. Noting into a table without keys never makes one writer wait for another.
 */
const installProbe = (tables: string[], reader: string) => `
  CREATE SCHEMA write_probe;
  CREATE TABLE write_probe.log (table_name text NOT NULL, operation text NOT NULL);
  CREATE FUNCTION write_probe.note() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
    BEGIN INSERT INTO write_probe.log VALUES (TG_TABLE_NAME, TG_OP); RETURN NULL; END $$;
  ${tables
    .map(
      (t) => `CREATE TRIGGER write_probe AFTER INSERT OR UPDATE OR DELETE ON public."${t}" FOR EACH ROW EXECUTE FUNCTION write_probe.note();
    CREATE TRIGGER write_probe_truncate AFTER TRUNCATE ON public."${t}" FOR EACH STATEMENT EXECUTE FUNCTION write_probe.note();`,
    )
    .join('\n')}
  GRANT USAGE ON SCHEMA write_probe TO "${reader}";
  GRANT SELECT ON write_probe.log TO "${reader}";`;

const TABLES = `SELECT relname AS t FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') AND NOT relispartition ORDER BY relname`;
const NOTED = `SELECT table_name AS t, operation AS o, count(*)::text AS n FROM write_probe.log GROUP BY 1, 2 ORDER BY 1, 2`;

type Query = (sql: string) => Promise<Record<string, string>[]>;

/** Each database of the hub (every subgraph's and the access store), as the hub's own client reads it, with its probe installed once. */
const databases = new WeakMap<Hub, Promise<{ name: string; query: Query }[]>>();
function databasesOf(hub: Hub) {
  let found = databases.get(hub);
  if (!found) {
    const all: { name: string; query: Query }[] = [
      ...hub.subgraphs.map((s) => ({
        name: s.name,
        query: (sql: string) => (s.database.client as { $queryRawUnsafe(sql: string): Promise<any[]> }).$queryRawUnsafe(sql),
      })),
      { name: 'access', query: async (sql: string) => (await hub.accessStore.pool.query(sql)).rows },
    ];
    found = Promise.all(
      all.map(async (db) => {
        const [{ database, reader }] = await db.query('SELECT current_database() AS database, current_user AS reader');
        // The hub's roles may not create triggers: the administrator installs the probe.
        await withClient(withDatabase(testServerUrl(), database), async (admin) => {
          const tables = (await admin.query(TABLES)).rows.map((r) => r.t as string).filter((t) => !EXPECTED_TO_GROW.has(`${db.name}.${t}`));
          await admin.query(installProbe(tables, reader));
        });
        return db;
      }),
    );
    databases.set(hub, found);
  }
  return found;
}

/**
 * The rows written to each table of every subgraph and of the access store since the first call
 * for this hub, by operation (committed writes only: the probe notes a write in its own transaction).
 * Equal states before and after a request mean it wrote nothing, audit trail aside. Reading the
 * notes is quick, so a test can check around every single request.
 */
export async function tableState(hub: Hub): Promise<Record<string, string>> {
  const states = await Promise.all(
    (await databasesOf(hub)).map(async (db) => (await db.query(NOTED)).map((r) => [`${db.name}.${r.t} ${r.o}`, r.n] as const)),
  );
  return Object.fromEntries(states.flat());
}
