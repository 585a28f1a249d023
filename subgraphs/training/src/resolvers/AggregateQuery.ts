import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { paTrainingAggregates } from '../aggregates/training.ts';

/** Commissioners' counts over training records; see the kit's aggregates for suppression. */
export const AggregateQuery: QueryResolvers = {
  paTrainingAggregates: (_parent, { filter }, { db, graph }) => paTrainingAggregates(db, graph, filter),
};
