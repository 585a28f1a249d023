import { requirePostcodeDistrict } from '@continuum/runtime';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { fundingMixAggregates } from '../aggregates/funding-mix.ts';
import { transitionAggregates } from '../aggregates/transitions.ts';

/** Commissioners' counts over funding transitions and the funding mix; see the kit's aggregates for suppression. */
export const AggregateQuery: QueryResolvers = {
  transitionAggregates: (_parent, { filter }, ctx) => transitionAggregates(ctx, filter),
  fundingMixAggregates: (_parent, { filter }, ctx) => fundingMixAggregates(ctx, filter),
  // The people an area filter covers: survivors only, a merged record's people being its survivor's.
  personIdsInPostcodeDistricts: async (_parent, { districts }, { db }) => {
    const wanted = districts.map((d, i) => requirePostcodeDistrict(d, `districts[${i}]`));
    const rows = await db.person.findMany({
      where: { postcodeDistrict: { in: wanted }, mergedInto: null },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    return rows.map((r) => r.id);
  },
};
