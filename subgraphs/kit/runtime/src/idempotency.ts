import { createHash } from 'node:crypto';
import { conflict, badUserInput } from './errors.ts';

/**
 * The table each subgraph that takes idempotency keys creates in its own migration:
 *
 *   CREATE TABLE "idempotency_key" (
 *     "operation" TEXT NOT NULL, "key" TEXT NOT NULL, "request_hash" CHAR(64) NOT NULL,
 *     "result_id" TEXT NOT NULL, "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
 *     CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("operation", "key"));
 */

interface RawTx {
  $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(sql: string, ...values: unknown[]): Promise<number>;
}

function hashRequest(request: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(request, (_k, v) => (v instanceof Date ? v.toISOString() : v)))
    .digest('hex');
}

/**
 * Runs a write at most once per (operation, key), inside the caller's transaction.
 * A repeat with the same key and the same request answers with the first result and writes
 * nothing; the same key with a different request is a CONFLICT. Without a key, just runs.
 * Concurrent repeats wait on a transaction-scoped lock, so exactly one of them writes.
 */
export async function idempotent<T>(
  tx: RawTx,
  opts: { operation: string; key: string | null | undefined; request: unknown },
  run: () => Promise<T & { id: string }>,
  reload: (id: string) => Promise<T>,
): Promise<T> {
  if (opts.key == null) return run();
  const key = opts.key.trim();
  if (key.length === 0 || key.length > 200) throw badUserInput('idempotencyKey', 'must be 1 to 200 characters');
  const requestHash = hashRequest(opts.request);
  await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', `${opts.operation}:${key}`);
  const seen = await tx.$queryRawUnsafe<{ request_hash: string; result_id: string }[]>(
    'SELECT request_hash, result_id FROM "idempotency_key" WHERE operation = $1 AND key = $2',
    opts.operation,
    key,
  );
  if (seen.length) {
    if (seen[0].request_hash !== requestHash) throw conflict('idempotencyKey', 'this key was already used for a different request');
    return reload(seen[0].result_id);
  }
  const result = await run();
  await tx.$executeRawUnsafe(
    'INSERT INTO "idempotency_key" (operation, key, request_hash, result_id) VALUES ($1, $2, $3, $4)',
    opts.operation,
    key,
    requestHash,
    result.id,
  );
  return result;
}

/** A client whose interactive transactions take options (typed structurally: any subgraph's Prisma client). */
interface TransactionClient<Tx> {
  $transaction<R>(fn: (tx: Tx) => Promise<R>, options?: { timeout?: number; maxWait?: number }): PromiseLike<R>;
}

/** idempotent() in a transaction of its own: the write, its key and a repeat's answer commit or roll back together. */
export async function idempotentTransaction<Tx extends RawTx, T>(
  db: TransactionClient<Tx>,
  opts: { operation: string; key: string | null | undefined; request: unknown },
  run: (tx: Tx) => Promise<T & { id: string }>,
  reload: (tx: Tx, id: string) => Promise<T>,
  options?: { timeout?: number; maxWait?: number },
): Promise<T> {
  return db.$transaction(
    (tx) =>
      idempotent(
        tx,
        opts,
        () => run(tx),
        (id) => reload(tx, id),
      ),
    options,
  );
}
