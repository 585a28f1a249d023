import pg from 'pg';
import { connectDatabase } from './database.ts';
import type { DemoRegion } from './demo/types.ts';
import type { Progress, SubgraphModule } from './subgraph.ts';

/**
 * Seeds the demo region into a subgraph's database once. Seeding runs in one transaction with
 * its marker, so an interrupted seed leaves nothing behind and simply runs again next time.
 * Returns whether it seeded.
 */
export async function seedOnce(mod: SubgraphModule, url: string, region: () => DemoRegion, progress?: Progress): Promise<boolean> {
  if (await isSeeded(url)) return false;
  const db = connectDatabase(mod.PrismaClient, url, 2);
  try {
    await (db.client as any).$transaction(
      async (tx: unknown) => {
        await mod.seed(tx, region(), progress);
        await (tx as any).$executeRawUnsafe(`INSERT INTO "_continuum_seed" (subgraph) VALUES ('${mod.name}')`);
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
    await client.query('CREATE TABLE IF NOT EXISTS "_continuum_seed" (subgraph TEXT PRIMARY KEY, seeded_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const r = await client.query('SELECT 1 FROM "_continuum_seed"');
    return (r.rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}
