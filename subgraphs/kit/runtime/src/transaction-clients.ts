/**
 * The parts of a Prisma client the shared transition code needs, typed structurally: each
 * subgraph generates its own client, and the kit cannot import any of them.
 */

/** A client or transaction that can run a raw statement. */
export interface RawStatements {
  $executeRawUnsafe(sql: string, ...values: unknown[]): Promise<number>;
}

/** A client that can run a raw query. */
export interface RawQueries {
  $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): Promise<T>;
}

/** A client whose interactive transactions hand out a client of type Tx. */
export interface TransactionRunner<Tx> {
  $transaction<R>(fn: (tx: Tx) => Promise<R>): PromiseLike<R>;
}
