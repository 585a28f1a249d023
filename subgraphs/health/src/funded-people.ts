import type { PrismaClient } from './generated/prisma/client.ts';

/**
 * Hub ids of the people with an episode held by this body (any vehicle) covering any day in
 * [from, to], sorted. The transition tracker reads their timelines from the graph.
 */
export async function personIdsFundedBy(db: PrismaClient, healthBodyId: string, from: Date, to: Date): Promise<string[]> {
  const where = { healthBodyId, start: { lte: to }, OR: [{ end: null }, { end: { gte: from } }] };
  const select = { personId: true } as const;
  const [phb, chc, ib] = await Promise.all([
    db.personalHealthBudget.findMany({ where, select, distinct: ['personId'] }),
    db.chcPackage.findMany({ where, select, distinct: ['personId'] }),
    db.integratedBudget.findMany({ where, select, distinct: ['personId'] }),
  ]);
  return [...new Set([...phb, ...chc, ...ib].map((r) => r.personId))].sort();
}
