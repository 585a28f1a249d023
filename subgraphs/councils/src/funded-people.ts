import type { PrismaClient } from './generated/prisma/client.ts';

/**
 * Hub ids of the people with an episode of this council (any kind) covering any day in
 * [from, to], sorted. The transition tracker reads their timelines from the graph.
 */
export async function personIdsFundedBy(db: PrismaClient, councilId: string, from: Date, to: Date): Promise<string[]> {
  const where = { councilId, start: { lte: to }, OR: [{ end: null }, { end: { gte: from } }] };
  const select = { personId: true } as const;
  const [dp, isf, cp] = await Promise.all([
    db.directPayment.findMany({ where, select, distinct: ['personId'] }),
    db.individualServiceFund.findMany({ where, select, distinct: ['personId'] }),
    db.commissionedPackage.findMany({ where, select, distinct: ['personId'] }),
  ]);
  return [...new Set([...dp, ...isf, ...cp].map((r) => r.personId))].sort();
}
