import { isId } from '@continuum/runtime';
import type { CourseResolvers } from '../generated/resolvers-types.ts';

export const Course: CourseResolvers = {
  __resolveReference: (ref, { loaders }) => (isId(ref.id) ? loaders.course.load(ref.id.toLowerCase()) : null),
  category: (course) => course.category as never,
  provider: async (course, _args, { loaders }) => {
    const provider = await loaders.trainingProvider.load(course.providerId);
    // The foreign key guarantees the row; its absence would be a broken database, not bad input.
    if (!provider) throw new Error(`course ${course.id} names a missing provider`);
    return provider;
  },
};
