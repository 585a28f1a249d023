import { oldestFirstPage } from '@continuum/runtime';
import { requestAccessOf } from '@continuum/access';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { QueryPaMatchReviewsArgs } from '../generated/resolvers-types.ts';

/**
 * The PA review queue, oldest first, in pages of at most 100: only the reviews the caller may see
 * (their register's submissions, or naming a PA they may see), counted after narrowing.
 */
export async function listPaMatchReviews(db: PrismaClient, { status, first, after }: QueryPaMatchReviewsArgs, ctx: unknown) {
  const wanted = status ?? 'OPEN';
  const rows = await db.$queryRaw<{ id: string; paId: string | null; register: string | null }[]>`
    SELECT id::text AS id, personal_assistant_id::text AS "paId", submitted->>'registerOrganisationId' AS register FROM pa_match_review WHERE status = ${wanted}`;
  const visible = await requestAccessOf(ctx).visibleRowIds(rows, (r) => ({
    paId: r.paId,
    organisationCodes: r.register ? [r.register] : [],
  }));
  return oldestFirstPage(db.paMatchReview, { status: wanted }, first, after, visible);
}
