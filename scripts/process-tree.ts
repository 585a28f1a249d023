/**
 * The hub as it is deployed: each subgraph, the gateway and the dashboard server in a process of
 * its own, each started through its deployment entry with the environment that entry documents.
 * The databases are prepared (and seeded) beforehand by the launcher; the subgraphs start first,
 * then the gateway in front of them, then the dashboard server in front of the gateway.
 */
import { loadOrCreateHubKeys, type HubKeys } from '@continuum/access';
import { envPrefix, gatewayPort, metricsPort, subgraphPort } from '@continuum/runtime';
import fs from 'node:fs';
import path from 'node:path';
import { DASHBOARD_OPERATIONS_FILE } from './hub.ts';
import { startServiceProcess, type ServiceProcess } from './service-process.ts';
import { SUBGRAPH_MODULES } from './subgraphs.ts';

/** `<NAME>_WORKERS`: how many processes serve one service (1 unless set to a whole number above 1). */
export function workersOf(name: string, env: Record<string, string | undefined>): number {
  const raw = env[`${envPrefix(name)}_WORKERS`]?.trim();
  if (!raw) return 1;
  if (!/^\d+$/.test(raw) || Number(raw) < 1)
    throw new Error(`${envPrefix(name)}_WORKERS must be a whole number, 1 or more (it is "${raw}")`);
  return Number(raw);
}

/** The entry and settings that start a service: its own entry, or the worker launcher in front of it. */
function launch(
  name: string,
  entry: string,
  env: Record<string, string | undefined>,
): { entry: string; env: Record<string, string | undefined> } {
  const workers = workersOf(name, env);
  if (workers === 1) return { entry, env };
  return {
    entry: 'scripts/service-workers.ts',
    env: { ...env, CONTINUUM_SERVICE_ENTRY: entry, CONTINUUM_SERVICE_WORKERS: String(workers) },
  };
}

const workersNote = (name: string, env: Record<string, string | undefined>) => {
  const n = workersOf(name, env);
  return n > 1 ? `, ${n} workers` : '';
};

export interface ProcessTree {
  gatewayUrl: string;
  dashboardUrl: string;
  /** The subgraphs, then the gateway, then the dashboard server. */
  services: ServiceProcess[];
  keys: HubKeys;
  /** Settles with the first service that ends while the tree is running (not when stop() ends them). */
  died: Promise<{ name: string; pid: number; code: number | null; signal: NodeJS.Signals | null }>;
  /** Ends every service, the dashboard first and the subgraphs last, and waits for each to exit. */
  stop(): Promise<void>;
}

export async function startProcessTree(opts: {
  /** The administrator's URL of each subgraph's database and of the access store (`access`), as prepareDatabases returns them. */
  databaseUrls: Record<string, string>;
  /** Development or production: handed to each service as NODE_ENV, which its entry reads. */
  mode: 'development' | 'production';
  host?: string;
  /** Ports by service name (subgraphs, `gateway`, `dashboard`); by default each service's own setting. */
  ports?: Partial<Record<string, number>>;
  /** The signing keys' directory (made on first start); every service reads the same one. */
  keysDir: string;
  /** The supergraph the gateway serves and watches. */
  supergraphPath: string;
  /** Settings every service is given besides its own (by default this process's environment). */
  env?: Record<string, string | undefined>;
  /** Each line the services write, prefixed with the service's name. */
  output?: (line: string) => void;
  log?: (line: string) => void;
  /** Whether to start the dashboard server in front of the gateway (by default it is). */
  dashboard?: boolean;
  /** Node's own options for every service (the benchmark's --cpu-prof). */
  nodeArgs?: string[];
}): Promise<ProcessTree> {
  const host = opts.host ?? '127.0.0.1';
  const base = opts.env ?? process.env;
  const output = opts.output ?? ((line: string) => console.log(line));
  // Made here, once, so no two services race to create them.
  const keys = await loadOrCreateHubKeys(opts.keysDir);
  const gatewayAt = opts.ports?.gateway ?? gatewayPort();
  const gatewayUrl = `http://${host}:${gatewayAt}/graphql`;
  const shared = {
    ...base,
    NODE_ENV: opts.mode,
    CONTINUUM_HOST: host,
    CONTINUUM_KEYS_DIR: opts.keysDir,
    CONTINUUM_ACCESS_DATABASE_URL: opts.databaseUrls.access,
    // The launcher has seeded every database already.
    CONTINUUM_SEED: 'off',
  };
  const services: ServiceProcess[] = [];
  let stopping = false;
  let reportDeath: (d: Awaited<ProcessTree['died']>) => void = () => {};
  const died = new Promise<Awaited<ProcessTree['died']>>((resolve) => (reportDeath = resolve));
  const watch = (service: ServiceProcess) => {
    services.push(service);
    void service.exited.then(({ code, signal }) => {
      if (!stopping) reportDeath({ name: service.name, pid: service.pid, code, signal });
    });
  };
  const stop = async () => {
    stopping = true;
    // In reverse order of starting: nothing is left calling a service that has gone.
    for (const group of [['dashboard'], ['gateway'], SUBGRAPH_MODULES.map((m) => m.name)])
      await Promise.all(services.filter((s) => group.includes(s.name)).map((s) => s.stop()));
  };
  try {
    const urls: Record<string, string> = {};
    // One after another: each migrates and secures its own database as it starts, on a shared server.
    for (const mod of SUBGRAPH_MODULES) {
      const prefix = envPrefix(mod.name);
      const port = opts.ports?.[mod.name] ?? subgraphPort(mod.name);
      const url = `http://${host}:${port}/graphql`;
      urls[mod.name] = url;
      watch(
        await startServiceProcess({
          name: mod.name,
          ...launch(mod.name, `subgraphs/${mod.name}/src/index.ts`, {
            ...shared,
            [`${prefix}_PORT`]: String(port),
            // The administrator's URL: the subgraph migrates its database, then serves as its own role.
            [`${prefix}_DATABASE_URL`]: opts.databaseUrls[mod.name],
            CONTINUUM_GATEWAY_JWKS: JSON.stringify(keys.gateway.jwks),
            CONTINUUM_GATEWAY_URL: gatewayUrl,
            CONTINUUM_SERVICE_KEY_FILE: path.join(opts.keysDir, 'hub-services.private.jwk.json'),
          }),
          url,
          readyUrl: url.replace('/graphql', '/health/ready'),
          output,
          nodeArgs: opts.nodeArgs,
        }),
      );
      opts.log?.(`${mod.name.padEnd(9)} ${url} (process ${services.at(-1)!.pid}${workersNote(mod.name, base)})`);
    }
    const gateway = await startServiceProcess({
      name: 'gateway',
      ...launch('gateway', 'gateway/src/index.ts', {
        ...shared,
        GATEWAY_PORT: String(gatewayAt),
        GATEWAY_HOST: host,
        SUPERGRAPH_PATH: opts.supergraphPath,
        ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${envPrefix(name)}_URL`, url])),
        // The dashboard's trusted operations, answered by hash.
        ...(fs.existsSync(DASHBOARD_OPERATIONS_FILE) ? { CONTINUUM_PERSISTED_OPERATIONS: DASHBOARD_OPERATIONS_FILE } : {}),
      }),
      url: gatewayUrl,
      // Live, not ready: its readiness also asks the partners, which start after it.
      readyUrl: gatewayUrl.replace('/graphql', '/health/live'),
      output,
      nodeArgs: opts.nodeArgs,
    });
    watch(gateway);
    opts.log?.(`gateway   ${gatewayUrl} (process ${gateway.pid}${workersNote('gateway', base)})`);
    const dashboardPort = opts.ports?.dashboard ?? Number(base.DASHBOARD_PORT ?? 4300);
    const dashboardUrl = `http://${host}:${dashboardPort}/`;
    if (opts.dashboard === false) return { gatewayUrl, dashboardUrl, services, keys, died, stop };
    const dashboard = await startServiceProcess({
      name: 'dashboard',
      ...launch('dashboard', 'dashboard/server/index.ts', {
        ...shared,
        DASHBOARD_PORT: String(dashboardPort),
        DASHBOARD_HOST: host,
        GATEWAY_URL: gatewayUrl,
      }),
      url: dashboardUrl,
      readyUrl: `${dashboardUrl}health/ready`,
      output,
    });
    watch(dashboard);
    opts.log?.(`dashboard ${dashboardUrl} (process ${dashboard.pid}${workersNote('dashboard', base)})`);
    return { gatewayUrl, dashboardUrl, services, keys, died, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** The management ports serving metrics, as each service's `<NAME>_METRICS_PORT` sets them (passed on in its environment). */
export function metricsUrls(host: string): [string, string][] {
  return [...SUBGRAPH_MODULES.map((m) => m.name), 'gateway', 'dashboard'].flatMap((name): [string, string][] => {
    const port = metricsPort(name);
    return port ? [[name, `http://${host}:${port}/metrics`]] : [];
  });
}
