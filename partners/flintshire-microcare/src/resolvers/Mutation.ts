import { requireId, requirePastOrToday, requireText } from '@continuum/kit';
import { randomUUID } from 'node:crypto';
import type { MutationResolvers } from '../generated/resolvers-types.ts';

export const Mutation: MutationResolvers = {
  recordFlintshireMicrocareActivity: async (_parent, { input }, { db }) => {
    const personId = requireId(input.personId, 'input.personId').toLowerCase();
    const title = requireText(input.title, 'input.title', 200);
    const on = requirePastOrToday(input.on, 'input.on');
    return db.activity.create({ data: { id: randomUUID(), personId, title, on } });
  },
};
