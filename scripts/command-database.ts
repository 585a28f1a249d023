/**
 * A subgraph's database for a command run beside (or without) the hub: `<NAME>_DATABASE_URL`
 * or DATABASE_URL when set; otherwise the embedded PostgreSQL of `npm start`, used as it runs
 * or started on its data for the length of the command.
 */
import { ACCESS_DATABASE } from '@continuum/access';
import { connectDatabase, databaseName, embeddedPostgresPort, subgraphDatabaseUrl, withDatabase, type Database } from '@continuum/runtime';
import { embeddedPostgresUrl, startEmbeddedPostgres } from '@continuum/dev';
import type { SubgraphModule } from '@continuum/subgraph';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..');

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

async function databaseExists(serverUrl: string, database: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return ((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

/** Runs `work` with the subgraph's database client, starting and stopping embedded PostgreSQL if the command needed it. */
export async function withSubgraphDatabase<Client, T>(mod: SubgraphModule<Client>, work: (db: Database<Client>) => Promise<T>): Promise<T> {
  const configured = process.env[`${mod.name.toUpperCase()}_DATABASE_URL`] ?? process.env.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | null = null;
  let url: string;
  if (configured) url = subgraphDatabaseUrl(mod.name);
  else {
    const port = embeddedPostgresPort();
    if (!(await listening(port))) {
      const dataDir = process.env.CONTINUUM_DATA_DIR ?? path.join(root, '.continuum', 'pgdata');
      if (!fs.existsSync(path.join(dataDir, 'PG_VERSION')))
        throw new Error('No database yet: run `npm start` once (or set DATABASE_URL) before importing.');
      stopEmbedded = (await startEmbeddedPostgres({ dataDir, port })).stop;
    }
    url = withDatabase(embeddedPostgresUrl(port), databaseName(mod.name));
    if (!(await databaseExists(embeddedPostgresUrl(port), databaseName(mod.name)))) {
      await stopEmbedded?.();
      throw new Error(`The ${mod.name} database does not exist yet: run \`npm start\` once before importing.`);
    }
  }
  const db = connectDatabase(mod.PrismaClient as never, url) as Database<Client>;
  try {
    return await work(db);
  } finally {
    await db.close();
    await stopEmbedded?.();
  }
}

/**
 * Runs `work` with the URL of the access store: CONTINUUM_ACCESS_DATABASE_URL, or `continuum_access`
 * on DATABASE_URL's server, or on the embedded PostgreSQL of `npm start` (started for the command when
 * it is not running).
 */
export async function withAccessDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  if (process.env.CONTINUUM_ACCESS_DATABASE_URL) return work(process.env.CONTINUUM_ACCESS_DATABASE_URL);
  if (process.env.DATABASE_URL) return work(withDatabase(process.env.DATABASE_URL, ACCESS_DATABASE));
  const port = embeddedPostgresPort();
  let stopEmbedded: (() => Promise<void>) | null = null;
  if (!(await listening(port))) {
    const dataDir = process.env.CONTINUUM_DATA_DIR ?? path.join(root, '.continuum', 'pgdata');
    if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) throw new Error('No database yet: run `npm start` once (or set DATABASE_URL).');
    stopEmbedded = (await startEmbeddedPostgres({ dataDir, port })).stop;
  }
  try {
    if (!(await databaseExists(embeddedPostgresUrl(port), ACCESS_DATABASE)))
      throw new Error('The access store does not exist yet: run `npm start` once.');
    return await work(withDatabase(embeddedPostgresUrl(port), ACCESS_DATABASE));
  } finally {
    await stopEmbedded?.();
  }
}
