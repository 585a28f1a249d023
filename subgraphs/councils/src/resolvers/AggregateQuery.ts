import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { councilSupportOfferAggregates } from '../aggregates/support-offer.ts';

/** Commissioners' benchmark of what councils offer employers and PAs. */
export const AggregateQuery: QueryResolvers = {
  councilSupportOfferAggregates: (_parent, { filter }, { db, graph }) => councilSupportOfferAggregates(db, graph, filter),
};
