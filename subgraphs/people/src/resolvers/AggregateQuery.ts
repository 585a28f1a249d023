import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { transitionAggregates } from '../aggregates/transitions.ts';

/** Commissioners' counts over funding transitions; see the kit's aggregates for suppression. */
export const AggregateQuery: QueryResolvers = {
  transitionAggregates: (_parent, { filter }, ctx) => transitionAggregates(ctx, filter),
};
