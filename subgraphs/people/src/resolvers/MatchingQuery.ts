import { notFound, requireId } from '@continuum/runtime';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { listMatchReviews } from '../matching/list.ts';

export const MatchingQuery: QueryResolvers = {
  matchReviews: (_parent, args, ctx) => listMatchReviews(ctx.db, args, ctx),
  matchReview: async (_parent, { id }, { loaders }) => {
    const review = await loaders.matchReview.load(requireId(id, 'id'));
    if (!review) throw notFound('MatchReview', 'id', id);
    return review;
  },
};
