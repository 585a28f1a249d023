import { requireId } from '@continuum/runtime';
import type { QueryResolvers } from '../generated/resolvers-types.ts';

export const Query: QueryResolvers = {
  courses: (_parent, { category }, { db }) =>
    db.course.findMany({
      where: category ? { category } : {},
      // Care Certificate standards in their own order, the rest by code.
      orderBy: [{ category: 'asc' }, { careCertificateStandard: 'asc' }, { code: 'asc' }],
    }),

  trainingProviders: (_parent, _args, { db }) => db.trainingProvider.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }] }),

  trainingRecord: (_parent, { id }, { loaders }) => loaders.trainingRecord.load(requireId(id, 'id')),
};
