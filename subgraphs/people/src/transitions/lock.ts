import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import type { TransitionModel } from '../generated/prisma/models.ts';

export type Tx = Prisma.TransactionClient;

/**
 * A step holds the lock while it asks a funder's subgraph to act (one request, at most the
 * graph client's 10 s timeout), and others may queue behind it: room for both.
 */
const LOCKED_WORK_TIMEOUT_MS = 60_000;

/**
 * Runs `work` in a transaction that first locks the transition row, so reconciles and
 * withdrawals of one transition happen one at a time and each sees the other's outcome.
 * With skipLocked a row someone else is working on is passed over (null): the background
 * loop must not queue behind a request that is already advancing it.
 */
export async function withLockedTransition<T>(
  db: PrismaClient,
  id: string,
  work: (tx: Tx, row: TransitionModel) => Promise<T>,
  opts: { skipLocked?: boolean } = {},
): Promise<T | null> {
  return db.$transaction(
    async (tx) => {
      const locked = await tx.$queryRawUnsafe<{ id: string }[]>(
        `SELECT id FROM "transition" WHERE id = $1::uuid FOR UPDATE${opts.skipLocked ? ' SKIP LOCKED' : ''}`,
        id,
      );
      if (!locked.length) return null;
      return work(tx, await tx.transition.findUniqueOrThrow({ where: { id } }));
    },
    { timeout: LOCKED_WORK_TIMEOUT_MS, maxWait: LOCKED_WORK_TIMEOUT_MS },
  );
}
