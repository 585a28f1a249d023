import { requireId } from '@continuum/runtime';
import type { QueryResolvers } from '../generated/resolvers-types.ts';

export const PersonMergeQuery: QueryResolvers = {
  personMerges: (_parent, { personId }, { db }) => {
    const id = requireId(personId, 'personId');
    return db.personMerge.findMany({
      where: { OR: [{ survivorId: id }, { retiredPersonId: id }] },
      orderBy: [{ mergedAt: 'desc' }, { id: 'asc' }],
    });
  },
};
