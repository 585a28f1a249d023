import { oldestFirstPage } from '@continuum/kit';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { QueryPaMatchReviewsArgs } from '../generated/resolvers-types.ts';

/** The PA review queue, oldest first (the longest waiting at the top), in pages of at most 100. */
export function listPaMatchReviews(db: PrismaClient, { status, first, after }: QueryPaMatchReviewsArgs) {
  return oldestFirstPage(db.paMatchReview, { status: status ?? 'OPEN' }, first, after);
}
