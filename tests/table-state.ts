import type { Hub } from '../scripts/hub.ts';

/** Tables that change on every request by design: the audit trail (a refused write is in it too). */
const EXPECTED_TO_GROW = new Set(['access.audit_event']);

const TABLES = `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
const stateOf = (tables: string[]) =>
  tables
    .map((t) => `SELECT '${t}' AS t, count(*)::bigint::text AS n, coalesce(max(xmin::text::bigint), 0)::text AS x FROM "${t}"`)
    .join(' UNION ALL ');

type Query = (sql: string) => Promise<{ t: string; n?: string; x?: string }[]>;

/** Each database of the hub (every subgraph's and the access store) as one query function, with its tables, found once. */
const databases = new WeakMap<Hub, Promise<{ name: string; query: Query; sql: string }[]>>();
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
        const tables = (await db.query(TABLES)).map((r) => r.t).filter((t) => !EXPECTED_TO_GROW.has(`${db.name}.${t}`));
        return { ...db, sql: stateOf(tables) };
      }),
    );
    databases.set(hub, found);
  }
  return found;
}

/**
 * Every table of every subgraph and of the access store: its row count and the newest row
 * version written (a row inserted, updated or deleted moves one or the other). Equal states
 * before and after a request mean it wrote nothing, audit trail aside.
 */
export async function tableState(hub: Hub): Promise<Record<string, string>> {
  const states = await Promise.all(
    (await databasesOf(hub)).map(async (db) =>
      (await db.query(db.sql)).map((r) => [`${db.name}.${r.t}`, `${r.n} rows, newest ${r.x}`] as const),
    ),
  );
  return Object.fromEntries(states.flat());
}
