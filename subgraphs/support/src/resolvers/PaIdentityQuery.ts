import { notFound, requireId } from '@continuum/runtime';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { listPaMatchReviews } from '../matching/list.ts';

export const PaIdentityQuery: QueryResolvers = {
  paMatchReviews: (_parent, args, ctx) => listPaMatchReviews(ctx.db, args, ctx),
  paMatchReview: async (_parent, { id }, { loaders }) => {
    const review = await loaders.paMatchReview.load(requireId(id, 'id'));
    if (!review) throw notFound('PaMatchReview', 'id', id);
    return review;
  },
  paMerge: async (_parent, { id }, { loaders }) => {
    const merge = await loaders.paMerge.load(requireId(id, 'id'));
    if (!merge) throw notFound('PaMerge', 'id', id);
    return merge;
  },
  paMerges: (_parent, { personalAssistantId }, { db }) => {
    const id = requireId(personalAssistantId, 'personalAssistantId');
    return db.paMerge.findMany({ where: { OR: [{ survivorId: id }, { retiredId: id }] }, orderBy: [{ mergedAt: 'desc' }, { id: 'asc' }] });
  },
};
