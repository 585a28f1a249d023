import { badUserInput, notFound, requireId } from '@continuum/kit';
import { requireGssCode } from '../gss-code.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';

export const Query: QueryResolvers = {
  councils: (_parent, _args, { db }) => db.council.findMany({ orderBy: [{ name: 'asc' }, { gssCode: 'asc' }] }),

  council: async (_parent, { id, gssCode }, { db, loaders }) => {
    if ((id == null) === (gssCode == null)) throw badUserInput('id', 'give exactly one of id or gssCode');
    if (id != null) {
      const council = await loaders.council.load(requireId(id, 'id'));
      if (!council) throw notFound('Council', 'id', id);
      return council;
    }
    const council = await db.council.findUnique({ where: { gssCode: requireGssCode(gssCode!, 'gssCode') } });
    if (!council) throw notFound('Council', 'gssCode', gssCode!);
    return council;
  },

  directPayment: async (_parent, { id }, { loaders }) => {
    const dp = await loaders.directPayment.load(requireId(id, 'id'));
    if (!dp) throw notFound('DirectPayment', 'id', id);
    return dp;
  },
};
