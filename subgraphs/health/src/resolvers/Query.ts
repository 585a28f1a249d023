import { badUserInput, notFound, requireId, requireText } from '@continuum/kit';
import type { QueryResolvers } from '../generated/resolvers-types.ts';

export const Query: QueryResolvers = {
  healthBodies: (_parent, _args, { db }) => db.healthBody.findMany({ orderBy: [{ nation: 'asc' }, { name: 'asc' }] }),

  healthBody: async (_parent, { id, odsCode }, { db, loaders }) => {
    if ((id == null) === (odsCode == null)) throw badUserInput('id', 'give exactly one of id or odsCode');
    if (id != null) {
      const body = await loaders.healthBody.load(requireId(id, 'id'));
      if (!body) throw notFound('HealthBody', 'id', id);
      return body;
    }
    const code = requireText(odsCode!, 'odsCode', 10).toUpperCase();
    const body = await db.healthBody.findUnique({ where: { odsCode: code } });
    if (!body) throw notFound('HealthBody', 'odsCode', code);
    return body;
  },

  personalHealthBudget: async (_parent, { id }, { loaders }) => {
    const phb = await loaders.personalHealthBudget.load(requireId(id, 'id'));
    if (!phb) throw notFound('PersonalHealthBudget', 'id', id);
    return phb;
  },
};
