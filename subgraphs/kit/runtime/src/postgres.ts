import pg from 'pg';
import { cannotCreateDatabase, isPermissionDenied } from './database-permissions.ts';

/** Creates the database when missing. `serverUrl` may name any database on the server. */
export async function ensureDatabase(serverUrl: string, database: string, template?: string): Promise<boolean> {
  const admin = new pg.Client({ connectionString: withDb(serverUrl, 'postgres') });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) return false;
    // A copy of a template is made file by file: WAL-logging every page of a seeded template (the
    // default) takes several times as long, and a copy is made for every test file.
    const from = template ? ` TEMPLATE ${quoteIdent(template)} STRATEGY FILE_COPY` : '';
    try {
      await admin.query(`CREATE DATABASE ${quoteIdent(database)}${from}`);
    } catch (err) {
      if (isPermissionDenied(err)) throw cannotCreateDatabase(serverUrl, database, err);
      throw err;
    }
    return true;
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDb(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function withDb(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
