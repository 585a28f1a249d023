import type { PrismaClient } from '../generated/prisma/client.ts';
import type { PaMergeModel } from '../generated/prisma/models.ts';
import type { Tx } from '../matching/tx.ts';

/** The training call is one request (at most the graph client's 10 s): room for it, the local step and a queue. */
const LOCKED_WORK_TIMEOUT_MS = 60_000;

/**
 * Runs `work` holding the merge row's lock, so reconciles and unmerges of one merge never
 * interleave; null when there is no such merge (or, with skipLocked, someone holds it now).
 */
export async function withLockedPaMerge<T>(
  db: PrismaClient,
  id: string,
  work: (tx: Tx, row: PaMergeModel) => Promise<T>,
  opts: { skipLocked?: boolean } = {},
): Promise<T | null> {
  return db.$transaction(
    async (tx) => {
      const locked = await tx.$queryRawUnsafe<{ id: string }[]>(
        `SELECT id FROM "pa_merge" WHERE id = $1::uuid FOR UPDATE${opts.skipLocked ? ' SKIP LOCKED' : ''}`,
        id,
      );
      if (!locked.length) return null;
      return work(tx, await tx.paMerge.findUniqueOrThrow({ where: { id } }));
    },
    { timeout: LOCKED_WORK_TIMEOUT_MS, maxWait: LOCKED_WORK_TIMEOUT_MS },
  );
}
