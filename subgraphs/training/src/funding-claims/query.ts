import { requestAccessOf } from '@continuum/access';
import { badUserInput, pageSize } from '@continuum/runtime';
import type { CourseModel, TrainingFundingClaimModel } from '../generated/prisma/models.ts';
import type { QueryResolvers, TrainingFund } from '../generated/resolvers-types.ts';

const MAX_DAYS = 366;
const FUNDS: TrainingFund[] = ['WORKFORCE_DEVELOPMENT_FUND', 'INDIVIDUAL_EMPLOYER_FUNDING'];

/** Pounds summed in pence, so that totals of two-decimal amounts stay exact. */
const pounds = (rows: TrainingFundingClaimModel[]) => rows.reduce((p, c) => p + Math.round(Number(c.amount) * 100), 0) / 100;

/** Rows grouped by a key, each group's claims and amount, most claimed first (ties by key). */
function totalsBy(rows: TrainingFundingClaimModel[], key: (c: TrainingFundingClaimModel) => string) {
  const groups = new Map<string, TrainingFundingClaimModel[]>();
  for (const c of rows) groups.set(key(c), [...(groups.get(key(c)) ?? []), c]);
  return [...groups]
    .map(([k, claims]) => ({ key: k, claims: claims.length, amount: pounds(claims) }))
    .sort((a, b) => b.amount - a.amount || a.key.localeCompare(b.key));
}

export const FundingClaimQuery: Pick<QueryResolvers, 'trainingFundingClaims'> = {
  trainingFundingClaims: async (_parent, { filter, first }, ctx) => {
    const days = (filter.to.getTime() - filter.from.getTime()) / 86_400_000;
    if (days < 0) throw badUserInput('filter.to', 'must not be before filter.from');
    if (days > MAX_DAYS) throw badUserInput('filter.to', `must be at most ${MAX_DAYS} days after filter.from`);
    const size = pageSize(first);
    const rows = await ctx.db.trainingFundingClaim.findMany({
      where: { claimedOn: { gte: filter.from, lte: filter.to }, ...(filter.fund ? { fund: filter.fund } : {}) },
      orderBy: [{ claimedOn: 'desc' }, { id: 'asc' }],
    });
    // Only the claims of employers the caller may see, before anything is counted.
    const visible = await requestAccessOf(ctx).visibleRowIds(rows, (c) => ({ personId: c.employerPersonId }));
    const seen = visible ? new Set(visible) : null;
    const claims = seen ? rows.filter((c) => seen.has(c.id)) : rows;
    const courses = new Map<string, CourseModel>();
    for (const c of await ctx.loaders.course.loadMany([...new Set(claims.map((c) => c.courseId))]))
      if (c && !(c instanceof Error)) courses.set(c.id, c);
    return {
      from: filter.from,
      to: filter.to,
      totalCount: claims.length,
      totalAmount: pounds(claims),
      paidAmount: pounds(claims.filter((c) => c.status === 'PAID')),
      byFund: FUNDS.map((fund) => {
        const mine = claims.filter((c) => c.fund === fund);
        return { fund, claims: mine.length, amount: pounds(mine) };
      }),
      bySupportOrganisation: totalsBy(claims, (c) => c.claimedThroughId ?? '').map(({ key, ...t }) => ({
        supportOrganisation: key ? { id: key } : null,
        ...t,
      })),
      byCourse: totalsBy(claims, (c) => c.courseId).map(({ key, ...t }) => ({ course: courses.get(key)!, ...t })),
      claims: claims.slice(0, size),
    };
  },
};
