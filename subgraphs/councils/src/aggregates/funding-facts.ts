/**
 * Every council episode overlapping a period, reduced to what the funding-mix aggregate counts
 * (person, vehicle, council, payment support, care group): for the hub's own aggregate, never a
 * caller. A fixed four statements whatever the period; `personIds` narrows them to those people.
 */
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { FundingVehicle, ResolversTypes } from '../generated/resolvers-types.ts';

type Fact = ResolversTypes['CouncilFundingFact'];

export async function councilFundingFacts(db: PrismaClient, from: Date, to: Date, personIds: string[] | null = null): Promise<Fact[]> {
  const people = personIds ? { personId: { in: personIds } } : {};
  const overlapping = { start: { lte: to }, OR: [{ end: null }, { end: { gte: from } }], ...people };
  const select = { personId: true, start: true, end: true, council: { select: { gssCode: true, id: true } } } as const;
  const [dps, isfs, packages, plans] = await Promise.all([
    db.directPayment.findMany({ where: overlapping, select: { ...select, paymentSupport: true } }),
    db.individualServiceFund.findMany({ where: overlapping, select }),
    db.commissionedPackage.findMany({ where: overlapping, select }),
    // The care group a council records on its care plan with the person (the latest reviewed wins).
    db.carePlan.findMany({
      where: { careGroup: { not: null }, ...people },
      select: { personId: true, councilId: true, careGroup: true },
      orderBy: { lastReviewed: 'asc' },
    }),
  ]);
  const careGroup = new Map(plans.map((p) => [`${p.personId}|${p.councilId}`, p.careGroup]));
  const fact = (vehicle: FundingVehicle, e: (typeof isfs)[number], paymentSupport: string | null = null): Fact =>
    ({
      personId: e.personId,
      vehicle,
      councilGssCode: e.council.gssCode,
      start: e.start,
      end: e.end,
      paymentSupport,
      careGroup: careGroup.get(`${e.personId}|${e.council.id}`) ?? null,
    }) as Fact;
  return [
    ...dps.map((e) => fact('DIRECT_PAYMENT', e, e.paymentSupport)),
    ...isfs.map((e) => fact('INDIVIDUAL_SERVICE_FUND', e)),
    ...packages.map((e) => fact('COMMISSIONED_PACKAGE', e)),
  ];
}
