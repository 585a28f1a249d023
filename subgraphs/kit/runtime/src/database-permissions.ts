/**
 * A login that lacks a right the hub needs gets PostgreSQL's bare "permission denied". These say
 * instead which database it was, what the login may not do, and the statement to ask the
 * server's administrator for, in one message (the launcher and the image print it without a stack).
 */
import { quoteIdent } from './postgres.ts';

/** PostgreSQL's insufficient_privilege. */
const INSUFFICIENT_PRIVILEGE = '42501';

export class DatabasePermissionError extends Error {
  constructor(message: string, options?: { cause: unknown }) {
    super(message, options);
    this.name = 'DatabasePermissionError';
  }
}

export function isPermissionDenied(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === INSUFFICIENT_PRIVILEGE;
}

function where(databaseUrl: string): { user: string; database: string; host: string } {
  const url = new URL(databaseUrl);
  return { user: decodeURIComponent(url.username) || 'postgres', database: decodeURIComponent(url.pathname.slice(1)), host: url.host };
}

/** CREATE DATABASE refused: the login has no CREATEDB. */
export function cannotCreateDatabase(serverUrl: string, database: string, cause: unknown): DatabasePermissionError {
  const { user, host } = where(serverUrl);
  return new DatabasePermissionError(
    `The login "${user}" may not create the database "${database}" on ${host}. Ask the server's administrator to create it for the login ` +
      `(CREATE DATABASE ${quoteIdent(database)} OWNER ${quoteIdent(user)};) or to let it create databases (ALTER ROLE ${quoteIdent(user)} CREATEDB;).`,
    { cause },
  );
}

/** A migration refused: the login may not create in the database's public schema. */
export function cannotMigrate(databaseUrl: string, cause: unknown): DatabasePermissionError {
  const { user, database, host } = where(databaseUrl);
  return new DatabasePermissionError(
    `The login "${user}" may not create tables in the database "${database}" on ${host} (${(cause as Error).message}). ` +
      `Ask the server's administrator to make the login the database's owner (ALTER DATABASE ${quoteIdent(database)} OWNER TO ${quoteIdent(user)};) ` +
      `or, connected to "${database}", to grant it the schema (GRANT USAGE, CREATE ON SCHEMA public TO ${quoteIdent(user)};).`,
    { cause },
  );
}
