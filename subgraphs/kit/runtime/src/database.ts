import { PrismaPg } from '@prisma/adapter-pg';
import { tracedPool } from './traced-pg.ts';
import type { PoolUse } from './metrics.ts';

/** The part of a generated PrismaClient the kit relies on. */
export interface PrismaLike {
  $on(event: 'query', cb: (e: { query: string }) => void): void;
  $disconnect(): Promise<void>;
}

export interface Database<Client> {
  client: Client;
  /** SQL statements sent since start; tests use it to prove batching (no N+1). */
  statementCount(): number;
  /** The connection pool's use now (for metrics). */
  poolUse(): PoolUse;
  close(): Promise<void>;
}

export type PrismaConstructor<Client> = new (options: {
  adapter: PrismaPg;
  log: { emit: 'event'; level: 'query' }[];
  errorFormat: 'minimal';
}) => Client;

/** A Prisma client on its own connection pool, counting every SQL statement it sends (each a span when tracing is on). */
export function connectDatabase<Client extends PrismaLike>(
  PrismaClient: PrismaConstructor<Client>,
  url: string,
  poolSize = Number(process.env.CONTINUUM_DB_POOL_SIZE ?? 10),
): Database<Client> {
  const pool = tracedPool({ connectionString: url, max: poolSize });
  // A server restart must not crash the subgraph: the pool reconnects on next use.
  pool.on('error', () => {});
  // Minimal error messages: Prisma's other formats print the call's arguments (a name, an NHS number) into the error, and so into the log.
  const client = new PrismaClient({
    adapter: new PrismaPg(pool as never),
    log: [{ emit: 'event', level: 'query' }],
    errorFormat: 'minimal',
  });
  let statements = 0;
  client.$on('query', () => {
    statements++;
  });
  return {
    client,
    statementCount: () => statements,
    poolUse: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: poolSize }),
    close: async () => {
      await client.$disconnect();
      await pool.end();
    },
  };
}
