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

/**
 * The settings a service cannot start without, as the hub's launcher gives them to each
 * process (scripts/process-tree.ts) and each entry reads them; an inner list is alternatives
 * (any one will do). A secret setting may also come as `<NAME>_FILE` (secret-files.ts).
 */
export function requiredSettings(command: string): (string | string[])[] {
  const gatewayKeys = ['CONTINUUM_GATEWAY_JWKS', 'CONTINUUM_GATEWAY_JWKS_URL', 'CONTINUUM_GATEWAY_JWKS_FILE'];
  const serves = (name: string) => [`${envPrefix(name)}_PORT`, ['DATABASE_URL', `${envPrefix(name)}_DATABASE_URL`], gatewayKeys];
  if ((SUBGRAPHS as readonly string[]).includes(command))
    // A subgraph asks the rest of the graph through the gateway, signed with the hub services' key, and uses the access store itself.
    return [...serves(command), 'CONTINUUM_ACCESS_DATABASE_URL', 'CONTINUUM_GATEWAY_URL', 'CONTINUUM_SERVICE_KEY_FILE'];
  switch (command) {
    case 'partner':
      // A partner holds no hub database credential: its access decisions and audit rows go through the hub's access API.
      return ['CONTINUUM_PARTNER', ...serves(DEFAULT_PARTNER), 'CONTINUUM_ACCESS_URL'];
    case 'gateway':
      // Each subgraph's URL: the supergraph's would be the address it was composed with.
      return [
        'GATEWAY_PORT',
        'CONTINUUM_ACCESS_DATABASE_URL',
        'CONTINUUM_KEYS_DIR',
        'SUPERGRAPH_PATH',
        ...SUBGRAPHS.map((n) => `${envPrefix(n)}_URL`),
      ];
    case 'dashboard':
      return ['DASHBOARD_PORT', 'GATEWAY_URL', 'CONTINUUM_KEYS_DIR'];
    case 'migrate':
      return [['DATABASE_URL', ...SUBGRAPHS.map((n) => `${envPrefix(n)}_DATABASE_URL`)]];
    default:
      return [];
  }
}

/** Where the image's health check finds the probe of the service this container runs. */
export const PROBE_URL_FILE = '/tmp/continuum-probe-url';
