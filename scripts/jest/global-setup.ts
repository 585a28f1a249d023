/**
 * Once per jest run: pins the clock, starts one throw-away embedded PostgreSQL (or uses
 * DATABASE_URL) and builds a migrated and seeded template database per subgraph, anchored on the
 * pinned day. Test files clone fresh databases from the templates (see @continuum/dev/testing).
 */
import { startEmbeddedPostgres } from '@continuum/dev';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildTemplates } from './templates.ts';
import { freePort } from './free-port.ts';
import { pinTestClock } from './test-clock.ts';

export default async function globalSetup(): Promise<void> {
  const anchor = pinTestClock();
  process.env.NODE_ENV = 'test';
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  // Tests are quiet: a service's log lines go nowhere unless a test reads them (its own logger) or LOG_LEVEL is set.
  process.env.LOG_LEVEL ??= 'silent';
  // Test files share two cores: deadlines fit a loaded machine, so a slow answer is not a refusal.
  // Tests of a deadline itself set their own.
  process.env.CONTINUUM_SUBGRAPH_TIMEOUT_MS ??= '60000';
  process.env.CONTINUUM_GRAPH_TIMEOUT_MS ??= '60000';
  // The run's database roles get passwords of their own, kept (owner-only) for the run only.
  const secretsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-test-secrets-'));
  process.env.CONTINUUM_DATABASE_SECRETS_FILE ??= path.join(secretsDir, 'database-secrets.json');
  (globalThis as Record<string, unknown>).__continuumTestSecrets = secretsDir;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-test-pg-'));
    const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
    (globalThis as Record<string, unknown>).__continuumTestPostgres = { pg, dataDir };
    serverUrl = pg.url;
  }
  const started = performance.now();
  await buildTemplates(serverUrl, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(`templates anchored on ${anchor} ready in ${((performance.now() - started) / 1000).toFixed(1)}s\n`);
  process.env.CONTINUUM_TEST_PG_URL = serverUrl;
}
