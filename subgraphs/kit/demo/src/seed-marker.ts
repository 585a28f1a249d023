/**
 * The seed marker: one row per subgraph in its own database's `_continuum_seed` table, written in
 * the seeding transaction. It records when the demo region was seeded and the day it was anchored
 * on, so that later starts (and anything rebuilding the region) use the same anchor.
 */
import pg from 'pg';

export interface SeedMarker {
  subgraph: string;
  seededAt: Date;
  /** YYYY-MM-DD; null for a database seeded before anchors were recorded. */
  anchor: string | null;
}

type Queryable = { query(sql: string, values?: unknown[]): Promise<unknown> };

/** Creates the marker table, or adds the anchor column to one made before it existed. */
export async function ensureSeedMarkerTable(client: Queryable): Promise<void> {
  await client.query(
    'CREATE TABLE IF NOT EXISTS "_continuum_seed" (subgraph TEXT PRIMARY KEY, seeded_at TIMESTAMPTZ NOT NULL DEFAULT now(), anchor DATE)',
  );
  await client.query('ALTER TABLE "_continuum_seed" ADD COLUMN IF NOT EXISTS anchor DATE');
}

/** The markers in a database: none when the database or its table does not exist yet. Reads only. */
export async function readSeedMarkers(url: string): Promise<SeedMarker[]> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    // As JSON, so a table made before the anchor column existed reads too.
    const r = await client.query<{ row: { subgraph: string; seeded_at: string; anchor?: string | null } }>(
      'SELECT to_jsonb(s) AS row FROM "_continuum_seed" s ORDER BY s.seeded_at',
    );
    return r.rows.map(({ row }) => ({ subgraph: row.subgraph, seededAt: new Date(row.seeded_at), anchor: row.anchor ?? null }));
  } catch (err) {
    // 3D000: no such database; 42P01: no such table.
    if (['3D000', '42P01'].includes((err as { code?: string }).code ?? '')) return [];
    throw err;
  } finally {
    await client.end().catch(() => {});
  }
}
