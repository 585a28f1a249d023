import { badUserInput, notFound, requireId } from '@continuum/runtime';
import { personIdsFundedBy } from '../funded-people.ts';
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

  personIdsFundedByCouncil: async (_parent, { gssCode, from, to }, { db }) => {
    const code = requireGssCode(gssCode, 'gssCode');
    if (to.getTime() < from.getTime()) throw badUserInput('to', 'must be on or after from');
    const council = await db.council.findUnique({ where: { gssCode: code } });
    if (!council) throw notFound('Council', 'gssCode', code);
    return personIdsFundedBy(db, council.id, from, to);
  },

  directPayment: async (_parent, { id }, { loaders }) => {
    const dp = await loaders.directPayment.load(requireId(id, 'id'));
    if (!dp) throw notFound('DirectPayment', 'id', id);
    return dp;
  },
};
