/** Stops the run's embedded PostgreSQL and removes its data folder and the run's database passwords. */
import type { PostgresServer } from '@continuum/dev';
import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const secrets = (globalThis as Record<string, unknown>).__continuumTestSecrets as string | undefined;
  if (secrets) fs.rmSync(secrets, { recursive: true, force: true });
  const held = (globalThis as Record<string, unknown>).__continuumTestPostgres as { pg: PostgresServer; dataDir: string } | undefined;
  if (!held) return;
  await held.pg.stop();
  fs.rmSync(held.dataDir, { recursive: true, force: true });
}
