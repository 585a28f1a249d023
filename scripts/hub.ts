/**
 * The whole hub in one process: each subgraph on its own database and port, and the gateway
 * in front. Used by `npm start` and by the integration tests.
 */
import { gatewayAuthConfig, startGateway, type HubMode, type RunningGateway, type SupergraphSource } from '@continuum/gateway';
import {
  ACCESS_DATABASE,
  AccessStore,
  loadOrCreateHubKeys,
  localKeySet,
  prepareAccessStore,
  serviceTokenSource,
  type HubKeys,
} from '@continuum/access';
import {
  applyMigrations,
  runtimeDatabaseUrl,
  secureDatabase,
  databaseName,
  ensureDatabase,
  GraphClient,
  gatewayPort,
  metricsPort,
  subgraphPort,
  withDatabase,
  type SubgraphName,
  type Logger,
} from '@continuum/runtime';
import { seedAccessStore, seedOnce, buildDemoRegion } from '@continuum/demo';
import { startSubgraph, type Progress, type RunningSubgraph } from '@continuum/subgraph';
import fs from 'node:fs';
import path from 'node:path';
import { SUBGRAPH_MODULES } from './subgraphs.ts';

const root = path.resolve(import.meta.dirname, '..');
export const SUPERGRAPH_FILE = path.join(root, 'schema', 'supergraph.graphql');
/** The dashboard's trusted operations, written by codegen; the gateway answers them by hash. */
export const DASHBOARD_OPERATIONS_FILE = path.join(root, 'dashboard', 'src', 'generated', 'persisted-documents.json');
/** Development keys (demo identity provider, gateway, hub services), made on first start. */
export const KEYS_DIR = process.env.CONTINUUM_KEYS_DIR ?? path.join(root, '.continuum', 'keys');

export interface Hub {
  gatewayUrl: string;
  gateway: RunningGateway;
  subgraphs: RunningSubgraph[];
  keys: HubKeys;
  accessStore: AccessStore;
  /** The access store as its writer role connects (partners are given this, never the administrator's). */
  accessDatabaseUrl: string;
  subgraph(name: SubgraphName): RunningSubgraph;
  /** Stops one subgraph (an agency going down); the rest keep running. */
  stopSubgraph(name: SubgraphName): Promise<void>;
  /** Starts a stopped subgraph again on the same port and database. */
  restartSubgraph(name: SubgraphName): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Creates each subgraph's database when missing, applies migrations, and seeds the demo
 * region once, anchored on `anchor` (by default CONTINUUM_DEMO_ANCHOR, else today). Seeding
 * runs in one transaction with its marker, so an interrupted seed leaves nothing behind and
 * simply runs again next time.
 */
export async function prepareDatabases(
  serverUrl: string,
  opts: { seed: boolean; anchor?: string; progress?: Progress; log?: (line: string) => void },
): Promise<Record<string, string>> {
  const urls: Record<string, string> = {};
  let region: ReturnType<typeof buildDemoRegion> | null = null;
  for (const mod of SUBGRAPH_MODULES) {
    const envUrl = process.env[`${mod.name.toUpperCase()}_DATABASE_URL`];
    const url = envUrl ?? withDatabase(serverUrl, databaseName(mod.name));
    const created = await ensureDatabase(url, new URL(url).pathname.slice(1));
    if (created) opts.log?.(`created database ${new URL(url).pathname.slice(1)}`);
    const ran = await applyMigrations(url, mod.migrationsDir);
    for (const m of ran) opts.log?.(`${mod.name}: applied migration ${m}`);
    if (opts.seed) {
      await seedOnce(mod, url, () => (region ??= buildDemoRegion({ anchor: opts.anchor })), opts.progress);
    }
    // The subgraph runs as its own role, granted its tables' rows and nothing else.
    await secureDatabase(url, mod.name);
    urls[mod.name] = url;
  }
  const accessUrl = process.env.CONTINUUM_ACCESS_DATABASE_URL ?? withDatabase(serverUrl, ACCESS_DATABASE);
  if (await ensureDatabase(accessUrl, new URL(accessUrl).pathname.slice(1)))
    opts.log?.(`created database ${new URL(accessUrl).pathname.slice(1)}`);
  for (const m of await prepareAccessStore(accessUrl)) opts.log?.(`access: applied migration ${m}`);
  if (opts.seed) await seedAccessStore(accessUrl, () => (region ??= buildDemoRegion({ anchor: opts.anchor })));
  await secureDatabase(accessUrl, 'access');
  urls.access = accessUrl;
  return urls;
}

/** Starts every subgraph and then the gateway. Port 0 picks a free port (tests). */
export async function startHub(opts: {
  databaseUrls: Record<string, string>;
  /** Development or production, decided once by the launcher (modeFromEnvironment); see gateway/src/mode.ts. */
  mode: HubMode;
  ports?: Partial<Record<string, number>>;
  host?: string;
  /** Lets tests put something (a fault-injecting proxy) between the gateway and a subgraph. */
  routeFor?: (name: string, url: string) => Promise<string>;
  /** The supergraph to serve; by default the checked-in one, watched for changes. */
  supergraph?: SupergraphSource;
  /** Per-subgraph timeouts, e.g. from the schema registry. */
  timeoutFor?: (name: string) => number | undefined;
  log?: (line: string) => void;
  /** Signing keys; by default the development keys under .continuum/keys. */
  keys?: HubKeys;
  /** Where the subgraphs' and the gateway's log lines go: pino's JSON lines on stdout by default. */
  logger?: Logger;
  /** Management ports for each service's metrics, by name (0: any free one); by default `<NAME>_METRICS_PORT`, off when unset. */
  metricsPorts?: Partial<Record<string, number>>;
}): Promise<Hub> {
  const host = opts.host ?? '127.0.0.1';
  const subgraphs: RunningSubgraph[] = [];
  const keys = opts.keys ?? (await loadOrCreateHubKeys(KEYS_DIR));
  // Every part connects as its own least-privilege role; `databaseUrls` are the administrator's (they migrate).
  const accessDatabaseUrl = runtimeDatabaseUrl(opts.databaseUrls.access, 'access');
  const accessStore = new AccessStore(accessDatabaseUrl, 8);
  const auth = gatewayAuthConfig(keys, accessStore, opts.logger);
  // Subgraphs reach the rest of the graph through the gateway, which starts last, as the hub's service identity.
  const graph = new GraphClient(null);
  graph.setCredentials(serviceTokenSource(keys.services, 'hub', auth.audience));
  const subgraphOptions = { host, graph, gatewayKeys: localKeySet(keys.gateway.jwks), accessStore, logger: opts.logger };
  const metricsPortOf = (name: string) => (opts.metricsPorts ? opts.metricsPorts[name] : metricsPort(name));
  try {
    for (const mod of SUBGRAPH_MODULES) {
      subgraphs.push(
        await startSubgraph(mod, {
          ...subgraphOptions,
          databaseUrl: runtimeDatabaseUrl(opts.databaseUrls[mod.name], mod.name),
          port: opts.ports?.[mod.name] ?? subgraphPort(mod.name),
          metricsPort: metricsPortOf(mod.name),
        }),
      );
    }
    const gateway = await startGateway({
      auth,
      // Partners run beside the hub take their access decisions and write audit rows through it (/access).
      accessStore,
      mode: opts.mode,
      // The hub's own keys include the demo identity provider's, whose users the explorer offers in development.
      demoIdentityProvider: opts.mode === 'development' ? keys.identityProvider : undefined,
      supergraph: opts.supergraph ?? { path: SUPERGRAPH_FILE },
      timeoutFor: opts.timeoutFor,
      log: opts.log,
      logger: opts.logger,
      urls: Object.fromEntries(
        await Promise.all(subgraphs.map(async (s) => [s.name, opts.routeFor ? await opts.routeFor(s.name, s.url) : s.url])),
      ),
      port: opts.ports?.gateway ?? gatewayPort(),
      host,
      metricsPort: metricsPortOf('gateway'),
      persistedOperationManifests: fs.existsSync(DASHBOARD_OPERATIONS_FILE) ? [DASHBOARD_OPERATIONS_FILE] : [],
    });
    graph.setUrl(gateway.url);
    const stopped = new Set<string>();
    const find = (name: SubgraphName) => {
      const index = subgraphs.findIndex((s) => s.name === name);
      if (index < 0) throw new Error(`no subgraph ${name}`);
      return index;
    };
    return {
      gatewayUrl: gateway.url,
      gateway,
      subgraphs,
      keys,
      accessStore,
      accessDatabaseUrl,
      subgraph: (name) => subgraphs[find(name)],
      stopSubgraph: async (name) => {
        if (stopped.has(name)) return;
        stopped.add(name);
        await subgraphs[find(name)].stop();
      },
      restartSubgraph: async (name) => {
        const index = find(name);
        const mod = SUBGRAPH_MODULES.find((m) => m.name === name)!;
        if (!stopped.has(name)) await subgraphs[index].stop();
        subgraphs[index] = await startSubgraph(mod, {
          ...subgraphOptions,
          databaseUrl: runtimeDatabaseUrl(opts.databaseUrls[name], name),
          port: subgraphs[index].port,
          metricsPort: metricsPortOf(name),
        });
        stopped.delete(name);
      },
      stop: async () => {
        await gateway.stop();
        await Promise.all(subgraphs.filter((s) => !stopped.has(s.name)).map((s) => s.stop()));
        await accessStore.close();
      },
    };
  } catch (err) {
    await Promise.all(subgraphs.map((s) => s.stop()));
    await accessStore.close();
    throw err;
  }
}
