import { requestAccessOf } from '@continuum/access';
import { badUserInput, decodeCursor, encodeCursor, isId, pageSize, requireId } from '@continuum/runtime';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { CARE_CERTIFICATE_STANDARDS } from '../care-certificate.ts';

/** Each stage as a condition on a PA's standards with knowledge (k) and assessed (a). */
const STAGE_CONDITION = {
  KNOWLEDGE_IN_PROGRESS: (k: number) => k < CARE_CERTIFICATE_STANDARDS,
  AWAITING_ASSESSMENT: (k: number, a: number) => k === CARE_CERTIFICATE_STANDARDS && a < CARE_CERTIFICATE_STANDARDS,
  AWARDED: (k: number, a: number) => k === CARE_CERTIFICATE_STANDARDS && a === CARE_CERTIFICATE_STANDARDS,
} as const;

export const AssessmentQuery: Pick<QueryResolvers, 'careCertificateAssessors' | 'careCertificates'> = {
  careCertificateAssessors: (_parent, { organisationId }, { db }) =>
    db.careCertificateAssessor.findMany({
      where: organisationId == null ? {} : { providerId: requireId(organisationId, 'organisationId') },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    }),

  careCertificates: async (_parent, { stage, first, after }, ctx) => {
    const size = pageSize(first);
    const afterId = decodeCursor(after);
    if (afterId !== null && !isId(afterId)) throw badUserInput('after', 'not a cursor returned by this API');
    // Standards with knowledge and with an assessment, per PA who has begun the certificate.
    const counts = await ctx.db.$queryRaw<{ id: string; k: number; a: number }[]>`
      SELECT k.pa AS id, k.n AS k, coalesce(a.n, 0)::int AS a
      FROM (SELECT r.personal_assistant_id AS pa, count(DISTINCT c.care_certificate_standard)::int AS n
            FROM training_record r JOIN course c ON c.id = r.course_id
            WHERE c.category = 'CARE_CERTIFICATE_STANDARD' GROUP BY r.personal_assistant_id) k
      LEFT JOIN (SELECT personal_assistant_id AS pa, count(DISTINCT standard)::int AS n FROM care_certificate_assessment GROUP BY personal_assistant_id) a
        ON a.pa = k.pa
      ORDER BY k.pa`;
    const atStage = counts.filter((c) => STAGE_CONDITION[stage](c.k, c.a));
    // Only PAs the caller may see, before counting, so the total reveals no one else.
    const visible = await requestAccessOf(ctx).visibleRowIds(atStage, (c) => ({ paId: c.id }));
    const shown = visible ? atStage.filter((c) => new Set(visible).has(c.id)) : atStage;
    const rest = afterId ? shown.filter((c) => c.id > afterId.toLowerCase()) : shown;
    const page = rest.slice(0, size);
    return {
      edges: page.map((c) => ({ cursor: encodeCursor(c.id), node: { id: c.id } })),
      pageInfo: { hasNextPage: rest.length > size, endCursor: page.length ? encodeCursor(page[page.length - 1]!.id) : null },
      totalCount: shown.length,
    };
  },
};
