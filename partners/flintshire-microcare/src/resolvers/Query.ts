import { connection, decodeCursor, isId, pageSize } from '@continuum/kit';
import type { QueryResolvers } from '../generated/resolvers-types.ts';

export const Query: QueryResolvers = {
  flintshireMicrocareActivity: (_parent, { id }, { loaders }) => (isId(id) ? loaders.activity.load(id.toLowerCase()) : null),
  flintshireMicrocareActivityList: async (_parent, { first, after }, { db }) => {
    const size = pageSize(first);
    const afterId = decodeCursor(after);
    const order = [{ on: 'desc' as const }, { id: 'asc' as const }];
    const [rows, total] = await Promise.all([
      db.activity.findMany({ orderBy: order, take: size + 1, ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}) }),
      db.activity.count(),
    ]);
    return connection(rows, size, total);
  },
};
