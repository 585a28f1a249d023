/**
 * Every NHS episode overlapping a period, reduced to what the funding-mix aggregate counts
 * (person, vehicle, NHS body): for the hub's own aggregate, never a caller. A fixed three
 * statements whatever the period; `personIds` narrows them to those people.
 */
import type { PrismaClient } from './generated/prisma/client.ts';
import type { FundingVehicle, ResolversTypes } from './generated/resolvers-types.ts';

type Fact = ResolversTypes['HealthFundingFact'];

export async function healthFundingFacts(db: PrismaClient, from: Date, to: Date, personIds: string[] | null = null): Promise<Fact[]> {
  const where = { start: { lte: to }, OR: [{ end: null }, { end: { gte: from } }], ...(personIds ? { personId: { in: personIds } } : {}) };
  const select = { personId: true, start: true, end: true, healthBody: { select: { odsCode: true } } } as const;
  const [phbs, chc, integrated] = await Promise.all([
    db.personalHealthBudget.findMany({ where, select }),
    db.chcPackage.findMany({ where, select }),
    db.integratedBudget.findMany({ where, select }),
  ]);
  const fact = (vehicle: FundingVehicle) => (e: (typeof chc)[number]) =>
    ({ personId: e.personId, vehicle, healthBodyOdsCode: e.healthBody.odsCode, start: e.start, end: e.end }) as Fact;
  return [
    ...phbs.map(fact('PERSONAL_HEALTH_BUDGET')),
    ...chc.map(fact('CONTINUING_HEALTHCARE')),
    ...integrated.map(fact('INTEGRATED_BUDGET')),
  ];
}
