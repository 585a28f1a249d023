/**
 * Whether an error means the service's database could not be reached or dropped the connection
 * (a restart, a failover, a network cut) rather than a fault in the query: the same request can
 * succeed shortly, so it is answered as DATABASE_UNAVAILABLE instead of a generic internal error.
 */

/** Prisma's: cannot reach the server, timed out, server closed the connection, no pooled connection in time. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** Prisma's driver adapter, naming what happened to the connection. */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout']);
/** PostgreSQL's SQLSTATE: class 08 (connection exception), and shutting down or starting up (57P01–57P03). */
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123])$/;
/** node-postgres says so in words only. */
const MESSAGES = /Connection terminated|the database system is (shutting down|starting up)|Can't reach database server/i;

export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 6) return false;
  const e = err as {
    code?: unknown;
    kind?: unknown;
    originalCode?: unknown;
    message?: unknown;
    cause?: unknown;
    originalError?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  const code = typeof e.code === 'string' ? e.code : typeof e.originalCode === 'string' ? e.originalCode : '';
  if (PRISMA_CODES.has(code) || SQLSTATE.test(code)) return true;
  if (typeof e.kind === 'string' && ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
  // The wrappers GraphQL, Prisma and its driver adapter put around the cause.
  const inner = [e.cause, e.originalError, e.meta?.driverAdapterError];
  return inner.some((x) => isDatabaseUnavailable(x, depth + 1));
}
