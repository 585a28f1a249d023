import { idempotent } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { Tx } from './lock.ts';

/** Thrown inside the look-up transaction to say "no earlier result", and roll it back. */
class NoEarlierResult extends Error {}

/**
 * The earlier result of a request repeated with the same idempotency key, before any of its
 * checks run again: a retried proposal must get its transition back, not a CONFLICT with
 * itself. A different request under the same key is a CONFLICT (from the kit). Reuses the
 * kit's idempotent() so the request is recognised exactly as it will be when written.
 */
export async function earlierResult<T>(
  db: PrismaClient,
  opts: { operation: string; key: string | null | undefined; request: unknown },
  reload: (tx: Tx, id: string) => Promise<T>,
): Promise<T | null> {
  if (opts.key == null) return null;
  try {
    return await db.$transaction((tx) =>
      idempotent(
        tx,
        opts,
        () => Promise.reject(new NoEarlierResult()),
        (id) => reload(tx, id),
      ),
    );
  } catch (err) {
    if (err instanceof NoEarlierResult) return null;
    throw err;
  }
}
