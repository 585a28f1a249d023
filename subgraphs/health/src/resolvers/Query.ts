import { areaByCode } from '@continuum/access';
import { badUserInput, MAX_FACT_PERSON_IDS, notFound, requireId, requireIds, requireText } from '@continuum/runtime';
import { requireOdsCode } from '../codes.ts';
import type { Context } from '../context.ts';
import { personIdsFundedBy } from '../funded-people.ts';
import { healthFundingFacts } from '../funding-facts.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';

async function bodyByOdsCode({ db }: Context, odsCode: string) {
  const code = requireOdsCode(odsCode, 'odsCode');
  const body = await db.healthBody.findUnique({ where: { odsCode: code } });
  if (!body) throw notFound('HealthBody', 'odsCode', code);
  return body;
}

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

  personIdsFundedByHealthBody: async (_parent, { odsCode, from, to }, ctx) => {
    if (to.getTime() < from.getTime()) throw badUserInput('to', 'must be on or after from');
    const body = await bodyByOdsCode(ctx, odsCode);
    return personIdsFundedBy(ctx.db, body.id, from, to);
  },

  healthFundingFacts: async (_parent, { from, to, personIds }, ctx) => {
    if (to.getTime() < from.getTime()) throw badUserInput('to', 'must be on or after from');
    return healthFundingFacts(ctx.db, from, to, personIds ? requireIds(personIds, 'personIds', MAX_FACT_PERSON_IDS) : null);
  },

  personIdsWithHealthPlan: async (_parent, { odsCode }, ctx) => {
    const body = await bodyByOdsCode(ctx, odsCode);
    const rows = await ctx.db.healthPlan.findMany({
      where: { healthBodyId: body.id },
      select: { personId: true },
      distinct: ['personId'],
      orderBy: { personId: 'asc' },
    });
    return rows.map((r) => r.personId);
  },

  paymentProcessingAgreements: async (_parent, { odsCode, areaCode }, ctx) => {
    const body = await bodyByOdsCode(ctx, odsCode);
    // Agreements are with councils, so an area is its councils here.
    const area = areaCode ? await areaByCode(ctx.graph, areaCode, 'areaCode') : null;
    return ctx.db.paymentProcessingAgreement.findMany({
      where: { healthBodyId: body.id, ...(area ? { councilGssCode: { in: [...area.councilGssCodes] } } : {}) },
      orderBy: [{ councilGssCode: 'asc' }, { start: 'asc' }, { id: 'asc' }],
    });
  },

  personalHealthBudget: async (_parent, { id }, { loaders }) => {
    const phb = await loaders.personalHealthBudget.load(requireId(id, 'id'));
    if (!phb) throw notFound('PersonalHealthBudget', 'id', id);
    return phb;
  },
};
