import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { requireOdsCode } from '../codes.ts';
import { dischargeWaitAggregates } from './aggregates.ts';
import { heldWait } from './view.ts';

/** Enough for any one body's beds at once; a longer list is a report, not a worklist. */
const MOST = 500;

export const DischargeWaitQuery: QueryResolvers = {
  // Longest delayed first: the earliest ready (then id).
  dischargeWaits: async (_parent, { healthBodyOdsCode, waiting }, { db, loaders }) => {
    const odsCode = requireOdsCode(healthBodyOdsCode, 'healthBodyOdsCode');
    const body = await db.healthBody.findUnique({ where: { odsCode } });
    if (!body) return [];
    const status = waiting === true ? { dischargedOn: null } : waiting === false ? { dischargedOn: { not: null } } : {};
    const rows = await db.dischargeWait.findMany({
      where: { healthBodyId: body.id, ...status },
      orderBy: [{ readyOn: 'asc' }, { id: 'asc' }],
      take: MOST,
    });
    return Promise.all(rows.map((r) => heldWait(r, loaders)));
  },
  dischargeWaitAggregates: (_parent, { filter }, { db, graph }) => dischargeWaitAggregates(db, graph, filter),
};
