import { badUserInput, connection, decodeCursor, isId, pageSize } from '@continuum/kit';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import type { QueryMatchReviewsArgs } from '../generated/resolvers-types.ts';

/**
 * The review queue, oldest first (the longest waiting at the top), in pages of at most 100.
 * The cursor is a position in (createdAt, id) order, so a review decided since it was handed
 * out still marks the place where the next page starts.
 */
export async function listMatchReviews(db: PrismaClient, { status, first, after }: QueryMatchReviewsArgs) {
  const size = pageSize(first);
  const afterId = decodeCursor(after);
  const inQueue: Prisma.MatchReviewWhereInput = { status: status ?? 'OPEN' };
  let where = inQueue;
  if (afterId) {
    const mark = isId(afterId) ? await db.matchReview.findUnique({ where: { id: afterId }, select: { id: true, createdAt: true } }) : null;
    if (!mark) throw badUserInput('after', 'the cursor names a review no longer held');
    where = { ...inQueue, OR: [{ createdAt: { gt: mark.createdAt } }, { createdAt: mark.createdAt, id: { gt: mark.id } }] };
  }
  const [rows, total] = await Promise.all([
    db.matchReview.findMany({ where, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: size + 1 }),
    db.matchReview.count({ where: inQueue }),
  ]);
  return connection(rows, size, total);
}
