/**
 * `npm start`: the hub on one machine with nothing installed but Node. Starts embedded
 * PostgreSQL (or uses DATABASE_URL), creates and migrates each subgraph's database, seeds the
 * demo region on first run (anchored on that day, and on the same day at every later start),
 * then starts each of the five subgraphs, the gateway and the dashboard server as a process of
 * its own, through the entry each is deployed with (process-tree.ts), and each partner subgraph
 * in partners/ as its own process, registered and published through the schema registry
 * (.continuum/registry). Ctrl-C stops all; a service that dies stops the rest.
 */
import { parseCommandLine } from '@continuum/runtime/cli';
import type { PostgresServer } from '@continuum/dev';
import path from 'node:path';
import type { PartnerProcess } from './partner-process.ts';

const root = path.resolve(import.meta.dirname, '..');

const USAGE = `Usage: npm start
       npm run seed          (npm start -- --seed-only)

Starts the hub on this machine: embedded PostgreSQL (or DATABASE_URL), each subgraph's database
created and migrated, the demo region seeded on the first run, then the five subgraphs, the
gateway (http://localhost:4000/graphql), the dashboards (http://localhost:4300/) and the partner
subgraphs in partners/, each in a process of its own. Ctrl-C stops everything. Settings are environment variables (README,
"Settings").

  --seed-only  prepare, migrate and seed the databases, then stop (npm run seed)
  -h, --help   this help`;

const { values } = parseCommandLine({
  command: 'npm start --',
  usage: USAGE,
  options: { 'seed-only': { type: 'boolean', default: false } },
});
const seedOnly = values['seed-only'];

// The hub's code is loaded once the command line is read: --help and a mistyped option answer at once.
const { embeddedPostgresPort, formatNhsNumber, todayIso } = await import('@continuum/runtime');
const { startEmbeddedPostgres } = await import('@continuum/dev');
const { FEATURED_PERSON } = await import('@continuum/demo');
const { Registry } = await import('@continuum/schema/registry');
const { describeMode, modeFromEnvironment } = await import('@continuum/gateway');
const { decideDemoAnchor } = await import('./demo-anchor.ts');
const { startDemoPartners } = await import('./demo-partners.ts');
const { KEYS_DIR, prepareDatabases } = await import('./hub.ts');
const { metricsUrls, startProcessTree } = await import('./process-tree.ts');
const { progressBar } = await import('./progress.ts');
const { ensureDashboardBuilt } = await import('../dashboard/server/build.ts');

// The demo person who moved from a council direct payment to an ICB personal health budget.
const EXAMPLE = `query {
  person(nhsNumber: "${formatNhsNumber(FEATURED_PERSON.nhsNumber)}") {
    givenName familyName
    fundingHistory { __typename start end funderName }
    paTeam { personalAssistant { givenName familyName trainingRecords { course { title } completedOn } } }
  }
}`;

async function main() {
  // Decided once, from what the operator set, before anything else runs (the dashboard's build
  // included); passed to the hub, so nothing that sets NODE_ENV later can change it.
  const mode = modeFromEnvironment(process.env);
  // Read first, so a CONTINUUM_TODAY that is not a date stops the launcher before anything starts.
  if (process.env.CONTINUUM_TODAY) console.log(`Today pinned to ${todayIso()} (CONTINUUM_TODAY)`);
  let pg: PostgresServer | null = null;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = process.env.CONTINUUM_DATA_DIR ?? path.join(root, '.continuum', 'pgdata');
    console.log(`Starting embedded PostgreSQL (data in ${path.relative(root, dataDir) || dataDir}, port ${embeddedPostgresPort()})`);
    pg = await startEmbeddedPostgres({ dataDir, port: embeddedPostgresPort() });
    serverUrl = pg.url;
  } else {
    console.log(`Using PostgreSQL at ${new URL(serverUrl).host}`);
  }
  const seed = process.env.CONTINUUM_SEED !== 'off';
  // Decided once; every process started from here (partners, their seeding) is handed the same day.
  const anchor = await decideDemoAnchor(serverUrl, { seeding: seed });
  process.env.CONTINUUM_DEMO_ANCHOR = anchor.day;
  console.log(anchor.message);
  const bar = progressBar();
  const databaseUrls = await prepareDatabases(serverUrl, { seed, anchor: anchor.day, progress: bar.update, log: (l) => console.log(l) });
  if (seedOnly) {
    await pg?.stop();
    return;
  }
  console.log(describeMode(mode));
  await ensureDashboardBuilt((l) => console.log(l));
  // The gateway serves the registry's published supergraph and picks up every new publish.
  const registry = new Registry(process.env.CONTINUUM_REGISTRY_DIR ?? path.join(root, '.continuum', 'registry'));
  const recomposed = await registry.recompose('hub');
  if (recomposed.errors.length)
    console.log(
      `The hub's subgraphs no longer compose with the published partners; serving the last published supergraph:\n${recomposed.errors.join('\n')}`,
    );
  const host = process.env.CONTINUUM_HOST ?? '127.0.0.1';
  // The services' JSON lines share this terminal with the launcher's: warnings and errors only, unless the operator asks.
  process.env.LOG_LEVEL ??= 'warn';
  console.log(`Service logs: JSON lines at ${process.env.LOG_LEVEL} and above (LOG_LEVEL=info adds a line per request)`);
  // Each service exports its own traces when OTEL_EXPORTER_OTLP_ENDPOINT names a collector (it is in their environment).
  const otlp = process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (otlp) console.log(`Traces: exported over OTLP to ${otlp}`);
  const tree = await startProcessTree({
    databaseUrls,
    mode,
    host,
    keysDir: KEYS_DIR,
    supergraphPath: registry.supergraphPath,
    // The gateway reads registered timeouts from the registry as subgraphs are published (partners start after it).
    env: { CONTINUUM_REGISTRY_DIR: registry.store.dir, ...process.env },
    log: (l) => console.log(`  ${l}`),
  }).catch(async (err: unknown) => {
    // It has stopped what it started; the database server is the launcher's to stop.
    await pg?.stop();
    throw err;
  });
  let partners: PartnerProcess[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping...');
    await Promise.all(partners.map((p) => p.stop()));
    await tree.stop();
    await pg?.stop();
    process.exit(code);
  };
  // A service that dies takes the hub with it: better stopped than answering with parts missing unnoticed.
  void tree.died.then(({ name, pid, code, signal }) => {
    // A Ctrl-C reaches the services too; those that end on it are not news.
    if (stopping) return;
    console.error(`\n${name} (process ${pid}) exited (${signal ?? `code ${code}`}); stopping the rest.`);
    return stop(1);
  });
  // Stopped on a signal, it exits as a shell reports a command that signal ended: 130 for Ctrl-C, 143 for SIGTERM.
  process.on('SIGINT', () => void stop(130));
  process.on('SIGTERM', () => void stop(143));
  partners = await startDemoPartners({
    serverUrl,
    registry,
    seed,
    anchor: anchor.day,
    host,
    // The partners trust the gateway's key and take access decisions and write audit rows through its access API, as a partner elsewhere does.
    access: { gatewayJwks: tree.keys.gateway.jwks, accessUrl: tree.gatewayUrl.replace(/\/graphql$/, '/access') },
    log: (l) => console.log(`  ${l}`),
  });
  for (const [name, url] of metricsUrls(host)) console.log(`  metrics   ${name.padEnd(9)} ${url}`);
  const shown = tree.gatewayUrl.replace('127.0.0.1', 'localhost');
  console.log(
    `\nContinuum gateway: ${shown}\nHealth:            ${shown.replace('/graphql', '/health')}\n${mode === 'development' ? `Explorer:          ${shown} in a browser, as any demo user\n` : ''}Dashboards:        ${tree.dashboardUrl.replace('127.0.0.1', 'localhost')}, signed in as the demo commissioner\n\nTry, as the ICB's PHB lead (Authorization: Bearer $(npm run -s token -- --user phb-lead.icb)):\n${EXAMPLE}\n\nDemo users: npm run token -- --list. Ctrl-C stops everything.`,
  );
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
