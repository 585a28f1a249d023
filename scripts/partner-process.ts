/**
 * Partner subgraphs run as their own processes, each with its own database and port, exactly
 * as a partner organisation would run one. The demo launcher and the tests start them here.
 */
import { envPrefix } from '@continuum/runtime';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
export const PARTNERS_DIR = path.join(root, 'partners');

export interface PartnerPackage {
  name: string;
  dir: string;
  port: number;
  organisation: string;
  contact: string;
}

/** The partner subgraphs in partners/ (made with `npm run subgraph:new`). */
export function localPartners(dir = PARTNERS_DIR): PartnerPackage[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const pkgFile = path.join(dir, name, 'package.json');
      if (!fs.existsSync(pkgFile) || !fs.existsSync(path.join(dir, name, 'src', 'index.ts'))) return [];
      const c = JSON.parse(fs.readFileSync(pkgFile, 'utf8')).continuum ?? {};
      const port = Number(process.env[`${envPrefix(name)}_PORT`] || c.port);
      return [{ name, dir: path.join(dir, name), port, organisation: c.organisation ?? name, contact: c.contact ?? '' }];
    });
}

export interface PartnerProcess {
  name: string;
  url: string;
  /** Ends the process at once, as a crash or a pulled plug would. */
  kill(): Promise<void>;
  /** Starts it again on the same port and database. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export type PartnerAccess = { gatewayJwks: object } & ({ accessUrl: string } | { accessDatabaseUrl: string });

export async function startPartnerProcess(opts: {
  partner: PartnerPackage;
  databaseUrl: string;
  port?: number;
  host?: string;
  seed: boolean;
  /** The day its demo data is anchored on (CONTINUUM_DEMO_ANCHOR), when the launcher has decided one. */
  anchor?: string;
  /**
   * What the partner needs to trust only the gateway and to take access decisions: the gateway's
   * public keys, and the hub's access API (`accessUrl`, as a partner elsewhere is given) or the
   * access store's database as its writer role (`accessDatabaseUrl`).
   */
  access: PartnerAccess;
  log?: (line: string) => void;
}): Promise<PartnerProcess> {
  const prefix = envPrefix(opts.partner.name);
  const host = opts.host ?? '127.0.0.1';
  const port = opts.port ?? opts.partner.port;
  const url = `http://${host}:${port}/graphql`;
  let child: ChildProcess | null = null;

  const start = async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      [`${prefix}_PORT`]: String(port),
      [`${prefix}_DATABASE_URL`]: opts.databaseUrl,
      CONTINUUM_HOST: host,
      CONTINUUM_SEED: opts.seed ? 'on' : 'off',
      ...(opts.anchor ? { CONTINUUM_DEMO_ANCHOR: opts.anchor } : {}),
      CONTINUUM_GATEWAY_JWKS: JSON.stringify(opts.access.gatewayJwks),
    };
    // One of the two, never both: the partner takes the API when given its URL.
    delete env.CONTINUUM_ACCESS_URL;
    delete env.CONTINUUM_ACCESS_DATABASE_URL;
    if ('accessUrl' in opts.access) env.CONTINUUM_ACCESS_URL = opts.access.accessUrl;
    else env.CONTINUUM_ACCESS_DATABASE_URL = opts.access.accessDatabaseUrl;
    const proc = spawn(process.execPath, ['--import', 'tsx', path.join(opts.partner.dir, 'src', 'index.ts')], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    let output = '';
    proc.stdout!.on('data', (d: Buffer) => (output += d));
    proc.stderr!.on('data', (d: Buffer) => (output += d));
    const exited = new Promise<never>((_, reject) =>
      proc.once('exit', (code) => reject(new Error(`${opts.partner.name} exited (${code}) before it was up:\n${output}`))),
    );
    const healthy = (async () => {
      for (const deadline = performance.now() + 120_000; performance.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
        try {
          if ((await fetch(url.replace('/graphql', '/health'), { signal: AbortSignal.timeout(1_000) })).ok) return;
        } catch {
          // not listening yet
        }
      }
      throw new Error(`${opts.partner.name} did not answer /health within two minutes:\n${output}`);
    })();
    await Promise.race([healthy, exited]);
    exited.catch(() => {});
    opts.log?.(`${opts.partner.name} subgraph (own process ${proc.pid}) at ${url}`);
  };

  const end = async (signal: NodeJS.Signals) => {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const gone = new Promise((r) => proc.once('exit', r));
    proc.kill(signal);
    await gone;
  };

  await start();
  return { name: opts.partner.name, url, kill: () => end('SIGKILL'), start, stop: () => end('SIGTERM') };
}
