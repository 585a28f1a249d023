import {
  applyMigrations,
  ensureDatabase,
  jsonLogger,
  metricsPort,
  subgraphDatabaseUrl,
  subgraphPort,
  subgraphHost,
  ACCESS_WRITER_ROLE,
  GraphClient,
  runtimeDatabaseUrl,
  secureDatabase,
  startTracing,
  SUBGRAPHS,
} from '@continuum/runtime';
import { gatewayKeysFromEnv, AccessStore, DEFAULT_AUDIENCE, HubAccessClient, serviceTokenSource } from '@continuum/access';
import fs from 'node:fs';
import { startSubgraph, type SubgraphModule } from './subgraph.ts';

/**
 * Runs one subgraph on its own (as a partner or an operator would deploy it):
 * creates and migrates its database on DATABASE_URL's server, seeds its demo data once when
 * CONTINUUM_SEED is `on`, then serves it. A partner passes the port it listens on by default.
 * It answers only requests signed by the gateway (CONTINUUM_GATEWAY_JWKS, _URL or _FILE). A
 * partner takes its access decisions from, and writes its audit trail through, the hub's access
 * API (CONTINUUM_ACCESS_URL, `https://<gateway>/access`), holding no hub credential; the hub's own
 * subgraphs (and a partner not given that URL) use the access store's database directly
 * (CONTINUUM_ACCESS_DATABASE_URL: as the access store's writer role, continuum_access_writer).
 * Its metrics are served on `<NAME>_METRICS_PORT` when set (see metrics-server.ts in the runtime).
 * It asks the rest of the graph through the gateway at CONTINUUM_GATEWAY_URL, signing as the hub's
 * services with the private key in CONTINUUM_SERVICE_KEY_FILE.
 */
export async function runStandalone(mod: SubgraphModule, opts: { defaultPort?: number } = {}): Promise<void> {
  // Traces only when OTEL_EXPORTER_OTLP_ENDPOINT names a collector; nothing is registered otherwise.
  const tracing = startTracing({ service: mod.name });
  const databaseUrl = subgraphDatabaseUrl(mod.name);
  await ensureDatabase(databaseUrl, new URL(databaseUrl).pathname.slice(1));
  await applyMigrations(databaseUrl, mod.migrationsDir);
  if (process.env.CONTINUUM_SEED === 'on') await seedDemoData(mod, databaseUrl);
  const { accessStore, hubAccess } = accessFromEnv(mod.name);
  // It serves as its own role, granted its tables' rows and nothing more; the URL given is the administrator's, for migrating.
  const runtimeUrl = await secureDatabase(databaseUrl, mod.name);
  const running = await startSubgraph(mod, {
    databaseUrl: runtimeUrl,
    port: subgraphPort(mod.name, opts.defaultPort),
    host: subgraphHost(),
    gatewayKeys: gatewayKeysFromEnv(),
    graph: graphClientFromEnv(),
    accessStore,
    hubAccess,
    // Metrics only on a management port of its own, when <NAME>_METRICS_PORT names one.
    metricsPort: metricsPort(mod.name),
  });
  jsonLogger.info('subgraph serving', {
    subgraph: mod.name,
    url: running.url,
    ...(running.metricsUrl ? { metrics: running.metricsUrl } : {}),
  });
  const stop = async () => {
    await running.stop();
    await accessStore?.close();
    await tracing?.shutdown();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/**
 * Where access decisions and audit rows go: the hub's access API for a partner given
 * CONTINUUM_ACCESS_URL; otherwise the access store's database, as its writer role (given an
 * administrator's URL, the writer's is derived from it). The hub's own subgraphs always use the
 * database: their writes record relationships, which the API does not take.
 */
export function accessFromEnv(name: string): { accessStore: AccessStore | null; hubAccess: HubAccessClient | null } {
  const hubOwn = (SUBGRAPHS as readonly string[]).includes(name);
  const apiUrl = process.env.CONTINUUM_ACCESS_URL?.trim();
  if (apiUrl && !hubOwn) return { accessStore: null, hubAccess: new HubAccessClient(apiUrl) };
  const accessUrl = process.env.CONTINUUM_ACCESS_DATABASE_URL?.trim();
  if (!accessUrl)
    throw new Error(
      hubOwn
        ? 'Set CONTINUUM_ACCESS_DATABASE_URL: the hub access store that decides who sees what and keeps the audit trail'
        : "Set CONTINUUM_ACCESS_URL: the hub's access API (https://<the hub's gateway>/access), which decides who sees what and keeps the audit trail",
    );
  const store = new AccessStore(new URL(accessUrl).username === ACCESS_WRITER_ROLE ? accessUrl : runtimeDatabaseUrl(accessUrl, 'access'));
  return { accessStore: store, hubAccess: null };
}

/** The client for questions to the rest of the graph: unsigned (refused by the gateway) unless a service key is given. */
function graphClientFromEnv(): GraphClient {
  const graph = new GraphClient();
  const keyFile = process.env.CONTINUUM_SERVICE_KEY_FILE;
  if (keyFile) {
    const privateJwk = JSON.parse(fs.readFileSync(keyFile, 'utf8'));
    // Signs as the hub's services, as the subgraphs do when the hub runs them in one process.
    graph.setCredentials(
      serviceTokenSource({ privateJwk, jwks: { keys: [] } }, 'hub', process.env.CONTINUUM_JWT_AUDIENCE ?? DEFAULT_AUDIENCE),
    );
  }
  return graph;
}

/**
 * The demo data is a development package, loaded only when asked for: a production install
 * (without dev packages) never loads it, and asking it to seed there says why it cannot.
 */
async function seedDemoData(mod: SubgraphModule, databaseUrl: string): Promise<void> {
  const demo = await import('@continuum/demo').catch((err: unknown) => {
    throw new Error('CONTINUUM_SEED=on needs the development package @continuum/demo, which this install does not have', { cause: err });
  });
  await demo.seedOnce(mod, databaseUrl, () => demo.buildDemoRegion());
}
