/**
 * Council personal budgets for market shaping (dashboard D11): the people a filter covers with a
 * budget in the period, by delivery route, and the average weekly value of each route. With a
 * council in the filter only its own budgets count. Counts are suppressed and rounded by the kit;
 * averages are published only over five people or more, to the pound.
 */
import { aggregateScope, publishAmount, publishCount, scopedPeople, type AggregateFilterInput } from '@continuum/access';
import type { GraphClient } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { ResolversTypes } from '../generated/resolvers-types.ts';

const ROUTES = [
  { key: 'DIRECT_PAYMENT', label: 'Direct payment (held by the person)' },
  { key: 'MANAGED_ACCOUNT', label: 'Direct payment through a managed account' },
  { key: 'INDIVIDUAL_SERVICE_FUND', label: 'Individual service fund' },
  { key: 'COMMISSIONED_PACKAGE', label: 'Commissioned service' },
] as const;

type RouteKey = (typeof ROUTES)[number]['key'];

interface Budget {
  personId: string;
  start: Date;
  weeklyAmount: number;
}

const pounds = (n: number) => `£${n.toLocaleString('en-GB')}`;

/** Each person's latest budget (by start) among those given: one weekly amount per person. */
function latestPerPerson(budgets: Budget[]): Map<string, number> {
  const latest = new Map<string, Budget>();
  for (const b of budgets) {
    const seen = latest.get(b.personId);
    if (!seen || b.start.getTime() > seen.start.getTime()) latest.set(b.personId, b);
  }
  return new Map([...latest].map(([id, b]) => [id, b.weeklyAmount]));
}

/** The mean weekly amount to the pound; summed in whole pence so the order of the rows cannot move it. */
function average(amounts: Map<string, number>) {
  const pence = [...amounts.values()].reduce((n, a) => n + Math.round(a * 100), 0);
  return publishAmount(amounts.size ? pence / amounts.size / 100 : 0, amounts.size, 1, pounds);
}

export async function personalBudgetAggregates(
  db: PrismaClient,
  graph: GraphClient,
  filter: AggregateFilterInput | null | undefined,
): Promise<ResolversTypes['PersonalBudgetAggregates']> {
  const scope = aggregateScope(filter);
  const { from, to } = scope;
  const where = {
    start: { lte: to },
    OR: [{ end: null }, { end: { gte: from } }],
    ...(scope.councilGssCode ? { council: { gssCode: scope.councilGssCode } } : {}),
  };
  const select = { personId: true, start: true, weeklyAmount: true } as const;
  const [{ people }, dps, isfs, packages] = await Promise.all([
    scopedPeople(graph, scope),
    db.directPayment.findMany({ where, select: { ...select, paymentSupport: true } }),
    db.individualServiceFund.findMany({ where, select }),
    db.commissionedPackage.findMany({ where, select }),
  ]);
  const covered = <T extends { personId: string; weeklyAmount: unknown }>(rows: T[]) =>
    rows.filter((r) => !people || people.has(r.personId)).map((r) => ({ ...r, weeklyAmount: Number(r.weeklyAmount) }));
  const byRoute: Record<RouteKey, Budget[]> = {
    DIRECT_PAYMENT: covered(dps.filter((d) => d.paymentSupport !== 'MANAGED_ACCOUNT')),
    MANAGED_ACCOUNT: covered(dps.filter((d) => d.paymentSupport === 'MANAGED_ACCOUNT')),
    INDIVIDUAL_SERVICE_FUND: covered(isfs),
    COMMISSIONED_PACKAGE: covered(packages),
  };
  const directPayments = latestPerPerson([...byRoute.DIRECT_PAYMENT, ...byRoute.MANAGED_ACCOUNT]);
  const everyone = new Set(Object.values(byRoute).flatMap((list) => list.map((b) => b.personId)));
  return {
    from,
    to,
    personalBudgets: publishCount(everyone.size),
    directPayments: publishCount(directPayments.size),
    averageDirectPaymentWeekly: average(directPayments),
    byRoute: ROUTES.map((r) => {
      const amounts = latestPerPerson(byRoute[r.key]);
      return { ...r, people: publishCount(amounts.size), averageWeeklyAmount: average(amounts) };
    }),
  };
}
