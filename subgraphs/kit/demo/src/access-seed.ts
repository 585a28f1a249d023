import pg from 'pg';
import { AccessStore } from '@continuum/access';
import { regionRelationships } from './region-relationships.ts';
import type { DemoRegion } from './types.ts';

/** Seeds a prepared, empty access store with the demo region's relationships; a store that holds any is left alone. */
export async function seedAccessStore(url: string, region: () => DemoRegion): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const seeded = await client.query('SELECT 1 FROM relationship LIMIT 1');
    if (seeded.rowCount) return false;
  } finally {
    await client.end();
  }
  const { facts, links } = regionRelationships(region());
  const store = new AccessStore(url, 1);
  try {
    await store.inTransaction(async (tx) => {
      await store.recordRelationships(facts, tx);
      await store.recordEmploymentLinks(links, tx);
    });
  } finally {
    await store.close();
  }
  return true;
}
