import pg from 'pg';
import type { DemoRegion } from '../demo/types.ts';
import { applyMigrations } from '../migrate.ts';
import { rotateAuditPartitions } from './audit-retention.ts';
import { regionRelationships } from './region-relationships.ts';
import { ACCESS_STORE_MIGRATIONS, AccessStore } from './store.ts';

/**
 * Migrates the access store, makes the audit trail's partitions for the months ahead and, when
 * given the demo region and the store is empty, seeds its relationships.
 */
export async function prepareAccessStore(url: string, region: (() => DemoRegion) | null): Promise<string[]> {
  const ran = await applyMigrations(url, ACCESS_STORE_MIGRATIONS);
  await rotateAuditPartitions(url);
  if (!region) return ran;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const seeded = await client.query('SELECT 1 FROM relationship LIMIT 1');
    if (seeded.rowCount) return ran;
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
  return ran;
}
