import pg from 'pg';
import { now, connectDatabase, type RawStatements } from '@continuum/runtime';
import type { Progress, SubgraphModule } from '@continuum/subgraph';
import type { DemoRegion } from './types.ts';
import { ensureSeedMarkerTable } from './seed-marker.ts';

/** A subgraph's client as seeding uses it: one long interactive transaction. */
interface SeedingClient {
  $transaction<R>(fn: (tx: RawStatements) => Promise<R>, options: { timeout: number; maxWait: number }): Promise<R>;
}

/**
 * Seeds the demo region into a subgraph's database once. Seeding runs in one transaction with
 * its marker (which records the day the region was anchored on), so an interrupted seed leaves
 * nothing behind and simply runs again next time. Returns whether it seeded.
 */
export async function seedOnce(mod: SubgraphModule, url: string, region: () => DemoRegion, progress?: Progress): Promise<boolean> {
  if (await isSeeded(url)) return false;
  const db = connectDatabase(mod.PrismaClient, url, 2);
  try {
    await (db.client as SeedingClient).$transaction(
      async (tx) => {
        const seeded = region();
        await mod.seed(tx, seeded, progress);
        await tx.$executeRawUnsafe(
          'INSERT INTO "_continuum_seed" (subgraph, seeded_at, anchor) VALUES ($1, $2, $3::date)',
          mod.name,
          now(),
          seeded.asOf,
        );
      },
      { timeout: 15 * 60_000, maxWait: 60_000 },
    );
  } finally {
    await db.close();
  }
  return true;
}

async function isSeeded(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await ensureSeedMarkerTable(client);
    const r = await client.query('SELECT 1 FROM "_continuum_seed"');
    return (r.rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}
