import { oldestFirstPage } from '@continuum/kit';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { QueryMatchReviewsArgs } from '../generated/resolvers-types.ts';

/** The review queue, oldest first (the longest waiting at the top), in pages of at most 100. */
export function listMatchReviews(db: PrismaClient, { status, first, after }: QueryMatchReviewsArgs) {
  return oldestFirstPage(db.matchReview, { status: status ?? 'OPEN' }, first, after);
}
