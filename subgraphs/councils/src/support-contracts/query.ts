import { requireId } from '@continuum/runtime';
import type { Prisma } from '../generated/prisma/client.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { requireGssCode } from '../gss-code.ts';
import { supportContractAggregates } from './aggregates.ts';
import { loadContracts } from './view.ts';

export const SupportContractQuery: QueryResolvers = {
  // Every contract matching; the type's rule leaves only those the caller's organisation is party to.
  supportContracts: async (_parent, { councilGssCode, supportOrganisationId }, { db }) => {
    const where: Prisma.SupportContractWhereInput = {};
    if (councilGssCode) where.council = { gssCode: requireGssCode(councilGssCode, 'councilGssCode') };
    if (supportOrganisationId) where.supportOrganisationId = requireId(supportOrganisationId, 'supportOrganisationId');
    return loadContracts(db, where);
  },
  supportContractAggregates: (_parent, { filter }, { db, graph }) => supportContractAggregates(db, graph, filter),
};
