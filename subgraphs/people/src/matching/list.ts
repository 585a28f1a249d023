import { oldestFirstPage } from '@continuum/runtime';
import { requestAccessOf } from '@continuum/access';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { QueryMatchReviewsArgs } from '../generated/resolvers-types.ts';

/**
 * The review queue, oldest first (the longest waiting at the top), in pages of at most 100:
 * only the reviews the caller may see (their organisation's submissions, or naming a person they
 * may see), counted after narrowing so the total reveals no one else's.
 */
export async function listMatchReviews(db: PrismaClient, { status, first, after }: QueryMatchReviewsArgs, ctx: unknown) {
  const wanted = status ?? 'OPEN';
  const rows = await db.$queryRaw<{ id: string; personId: string | null; submittedBy: string | null }[]>`
    SELECT id::text AS id, person_id::text AS "personId", submitted->>'submittedBy' AS "submittedBy" FROM match_review WHERE status = ${wanted}`;
  const visible = await requestAccessOf(ctx).visibleRowIds(rows, (r) => ({
    personId: r.personId,
    organisationCodes: r.submittedBy ? [r.submittedBy] : [],
  }));
  return oldestFirstPage(db.matchReview, { status: wanted }, first, after, visible);
}
