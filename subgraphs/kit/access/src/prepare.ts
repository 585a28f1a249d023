import { applyMigrations } from '@continuum/runtime';
import { rotateAuditPartitions } from './audit-retention.ts';
import { ACCESS_STORE_MIGRATIONS } from './store.ts';

/** Migrates the access store and makes the audit trail's partitions for the months ahead; returns the migrations applied. */
export async function prepareAccessStore(url: string): Promise<string[]> {
  const ran = await applyMigrations(url, ACCESS_STORE_MIGRATIONS);
  await rotateAuditPartitions(url);
  return ran;
}
