import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import type { PersonMergeModel } from '../generated/prisma/models.ts';

export type Tx = Prisma.TransactionClient;

/** Each subgraph call is one request (at most the graph client's 10 s): room for three and a queue. */
const LOCKED_WORK_TIMEOUT_MS = 60_000;
export const LOCKED_WORK_OPTIONS = { timeout: LOCKED_WORK_TIMEOUT_MS, maxWait: LOCKED_WORK_TIMEOUT_MS } as const;

/** Runs `work` holding the merge row's lock, so reconciles and unmerges of one merge never interleave; null when there is no such merge (or it is locked and skipLocked). */
export async function withLockedMerge<T>(
  db: PrismaClient,
  id: string,
  work: (tx: Tx, row: PersonMergeModel) => Promise<T>,
  opts: { skipLocked?: boolean } = {},
): Promise<T | null> {
  return db.$transaction(async (tx) => {
    // skipLocked: a merge someone is advancing now is left to them (null), not waited for.
    const locked = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id FROM "person_merge" WHERE id = $1::uuid FOR UPDATE${opts.skipLocked ? ' SKIP LOCKED' : ''}`,
      id,
    );
    if (!locked.length) return null;
    return work(tx, await tx.personMerge.findUniqueOrThrow({ where: { id } }));
  }, LOCKED_WORK_OPTIONS);
}
