/**
 * A pg pool whose every SQL statement is a span when tracing is on (sqlSpan: the text with its
 * placeholders and the database, never the parameters). Statements go through `pool.query`
 * (Prisma outside a transaction, the access store) or a checked-out client's `query` (Prisma
 * inside a transaction); both are wrapped. The pool's own call to its client, made with a
 * callback, is not: the pool's span covers it. Cursors and other submittables pass through.
 */
import pg from 'pg';
import { sqlSpan, tracingEnabled } from './tracing.ts';

type Query = (...args: unknown[]) => unknown;

function sqlText(first: unknown): string | null {
  if (typeof first === 'string') return first;
  const config = first as { text?: unknown; submit?: unknown } | null;
  return typeof config?.text === 'string' && typeof config.submit !== 'function' ? config.text : null;
}

function traceQueries(target: object, database: string): void {
  const holder = target as { query: Query };
  const query = holder.query.bind(target);
  holder.query = (...args) => {
    const text = sqlText(args[0]);
    if (!tracingEnabled() || text === null || typeof args[args.length - 1] === 'function') return query(...args);
    return sqlSpan(text, database, () => query(...args) as Promise<unknown>);
  };
}

/** The database named in a connection string (a span's db.namespace). */
function databaseOf(connectionString: string | undefined): string {
  try {
    return decodeURIComponent(new URL(connectionString ?? '').pathname.slice(1)) || 'postgres';
  } catch {
    return 'postgres';
  }
}

/** new pg.Pool(config), with its statements traced. */
export function tracedPool(config: pg.PoolConfig): pg.Pool {
  const database = databaseOf(config.connectionString);
  class TracedClient extends pg.Client {
    constructor(clientConfig?: string | pg.ClientConfig) {
      super(clientConfig);
      traceQueries(this, database);
    }
  }
  const pool = new pg.Pool({ ...config, Client: TracedClient } as pg.PoolConfig);
  traceQueries(pool, database);
  // An idle connection the server ended (a restart, the server stopping under Ctrl-C) is an
  // 'error' event on the pool: unhandled, it would crash the process. The pool drops that
  // connection and makes a new one on next use; the statement that needs it reports any failure.
  pool.on('error', () => {});
  return pool;
}
