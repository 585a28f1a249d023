/**
 * Reablement outcomes for commissioners: how many periods started and ended in the councils in
 * scope, how many were still open at the period's end, and where people went next. Counts of
 * people's periods, so each is published under the small-number rules.
 */
import { aggregateScope, bothLimits, publishCount, scopedArea, scopedCouncilCodes, type AggregateFilterInput } from '@continuum/access';
import type { GraphClient } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { ReablementOutcome, ResolversTypes } from '../generated/resolvers-types.ts';

const OUTCOMES: ReablementOutcome[] = [
  'NO_FURTHER_SUPPORT',
  'COMMISSIONED_CARE',
  'DIRECT_PAYMENT',
  'PRIVATE_MICRO_CARE',
  'RESIDENTIAL_CARE',
];

export async function reablementOutcomeAggregates(
  db: PrismaClient,
  graph: GraphClient,
  filter: AggregateFilterInput | null | undefined,
): Promise<ResolversTypes['ReablementOutcomeAggregates']> {
  const scope = aggregateScope(filter);
  // The councils funding or serving the area asked for: a council's own records count where it is.
  const [funderCouncils, area] = await Promise.all([scopedCouncilCodes(graph, scope), scopedArea(graph, scope)]);
  const codes = bothLimits(funderCouncils, area?.councilGssCodes ?? null);
  const inScope = codes ? { council: { gssCode: { in: [...codes] } } } : {};
  const { from, to } = scope;
  const [started, ended, openAtEnd, byOutcome] = await Promise.all([
    db.reablementPeriod.count({ where: { ...inScope, startedOn: { gte: from, lte: to } } }),
    db.reablementPeriod.count({ where: { ...inScope, endedOn: { gte: from, lte: to } } }),
    db.reablementPeriod.count({ where: { ...inScope, startedOn: { lte: to }, OR: [{ endedOn: null }, { endedOn: { gt: to } }] } }),
    db.reablementPeriod.groupBy({ by: ['outcome'], where: { ...inScope, endedOn: { gte: from, lte: to } }, _count: { _all: true } }),
  ]);
  const countOf = new Map(byOutcome.map((g) => [g.outcome, g._count._all]));
  return {
    from,
    to,
    started: publishCount(started),
    ended: publishCount(ended),
    openAtEnd: publishCount(openAtEnd),
    byOutcome: OUTCOMES.map((outcome) => ({ outcome, periods: publishCount(countOf.get(outcome) ?? 0) })),
  };
}
