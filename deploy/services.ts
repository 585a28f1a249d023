/**
 * The services the hub's image runs, by command: the five subgraphs the launcher starts, the
 * gateway, the dashboard server, a partner subgraph, and the one-shot `migrate` and `keys`
 * jobs. Each names the entry a deployment runs (the same entries `npm start` runs, see
 * scripts/process-tree.ts) and the port its probes answer on, read the way the service itself
 * reads it. The image's entrypoint, the compose file and the Kubernetes manifests are checked
 * against this table (tests/deploy-*.test.ts).
 */
import { envPrefix, gatewayPort, subgraphPort, SUBGRAPHS } from '@continuum/runtime';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');

/** The partner a `partner` container runs when CONTINUUM_PARTNER does not name one. */
export const DEFAULT_PARTNER = 'flintshire-microcare';

export interface ServiceCommand {
  /** What the image is told to run: `docker run continuum <command>`. */
  command: string;
  /** The entry file, relative to the repository (and the image's working directory). */
  entry: string;
  /** The port it serves on (and answers /health/live and /health/ready on); none for a job. */
  port?: number;
  /** The environment variable that sets that port. */
  portVariable?: string;
  /** A long-running service (probed, restarted) or a job that ends. */
  kind: 'service' | 'job';
}

/** A partner's settings from its package.json (`continuum.port`), as the launcher reads them. */
function partnerPort(name: string, env: NodeJS.ProcessEnv): number {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'partners', name, 'package.json'), 'utf8')) as { continuum?: { port?: number } };
  return Number(env[`${envPrefix(name)}_PORT`] || pkg.continuum?.port);
}

/** Every command the image accepts, with its ports as `env` sets them (the defaults when unset). */
export function serviceCommands(env: NodeJS.ProcessEnv = process.env): ServiceCommand[] {
  const partner = env.CONTINUUM_PARTNER || DEFAULT_PARTNER;
  return [
    ...SUBGRAPHS.map((name): ServiceCommand => ({
      command: name,
      entry: `subgraphs/${name}/src/index.ts`,
      port: withEnv(env, () => subgraphPort(name)),
      portVariable: `${envPrefix(name)}_PORT`,
      kind: 'service',
    })),
    { command: 'gateway', entry: 'gateway/src/index.ts', port: withEnv(env, gatewayPort), portVariable: 'GATEWAY_PORT', kind: 'service' },
    {
      command: 'dashboard',
      entry: 'dashboard/server/index.ts',
      port: Number(env.DASHBOARD_PORT || 4300),
      portVariable: 'DASHBOARD_PORT',
      kind: 'service',
    },
    {
      command: 'partner',
      entry: `partners/${partner}/src/index.ts`,
      port: partnerPort(partner, env),
      portVariable: `${envPrefix(partner)}_PORT`,
      kind: 'service',
    },
    { command: 'migrate', entry: 'deploy/migrate.ts', kind: 'job' },
    { command: 'keys', entry: 'deploy/keys.ts', kind: 'job' },
  ];
}

/** The runtime's port settings read `process.env`; this reads them from another environment. */
function withEnv<T>(env: NodeJS.ProcessEnv, read: () => T): T {
  if (env === process.env) return read();
  const saved = process.env;
  process.env = env;
  try {
    return read();
  } finally {
    process.env = saved;
  }
}

/** Where the image's health check finds the probe of the service this container runs. */
export const PROBE_URL_FILE = '/tmp/continuum-probe-url';
