/**
 * Funding transitions for commissioners: moves in flight (by stage and destination), what holds
 * them back, moves completed in the period and whether they kept every PA, and the funding gaps
 * and overlaps among the people a council or NHS body funds. The same facts as the transition
 * tracker, counted; no id leaves this function, and every count is suppressed and rounded.
 */
import {
  aggregateScope,
  bothLimits,
  personIdsInArea,
  publishAmount,
  publishBreakdown,
  publishCount,
  scopedArea,
  scopedPersonIds,
  type AggregateFilterInput,
} from '@continuum/access';
import { isoDate } from '@continuum/runtime';
import type { Context } from '../context.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { ResolversTypes } from '../generated/resolvers-types.ts';
import { keptAllAt } from '../reports/boundaries.ts';
import { graphPeople, loadPeople } from '../reports/graph-people.ts';
import { pastWindow } from '../reports/tracker.ts';
import { fundingGaps, fundingOverlaps, type TimelineEmployment, type TimelineEpisode } from '../reports/timeline.ts';
import { readinessFor } from '../transitions/readiness.ts';
import { IN_FLIGHT } from '../transitions/vocabulary.ts';
import { totalOfParts } from './total-of-parts.ts';

const STAGES = [
  { key: 'PROPOSED', label: 'Proposed, waiting for funders' },
  { key: 'AGREED', label: 'Agreed, waiting on readiness' },
  { key: 'APPLYING', label: 'Being applied' },
];

const DESTINATIONS = [
  { key: 'PERSONAL_HEALTH_BUDGET', label: 'Personal health budget' },
  { key: 'CONTINUING_HEALTHCARE', label: 'Continuing healthcare' },
  { key: 'INTEGRATED_BUDGET', label: 'Integrated budget' },
  { key: 'DIRECT_PAYMENT', label: 'Direct payment' },
  { key: 'INDIVIDUAL_SERVICE_FUND', label: 'Individual service fund' },
  { key: 'COMMISSIONED_PACKAGE', label: 'Commissioned package' },
];

const BLOCKERS = [
  { key: 'MISSING_COMPETENCE', label: 'A PA lacks a required competence' },
  { key: 'COMPETENCE_NOT_SIGNED_OFF_BY_NHS', label: 'A competence is not signed off by NHS staff' },
  { key: 'CONTRACT_NOT_SIGNED', label: 'A contract is not signed' },
  { key: 'INSURANCE_NOT_UPDATED', label: 'Insurance not updated for health duties' },
  { key: 'PAY_RATE_NOT_UPDATED', label: 'Pay rate not reviewed for health duties' },
  { key: 'PAYMENT_PROVIDER_NOT_SET', label: 'No payroll or managed-account provider' },
  { key: 'NO_CONTINGENCY_PLAN', label: 'No contingency plan' },
  { key: 'NO_PA_TEAM', label: 'No PA team' },
];

function count<T>(items: T[], keys: { key: string; label: string }[], keyOf: (item: T) => string[]) {
  return publishBreakdown(keys.map((k) => ({ ...k, count: items.filter((i) => keyOf(i).includes(k.key)).length })));
}

/** Transitions in which every funder the scope names is a party, of people living in its area (when it names one). */
function funderWhere(codes: string[], inArea: Set<string> | null): Prisma.TransitionWhereInput {
  return {
    ...(codes.length ? { AND: codes.map((funderCode) => ({ parties: { array_contains: [{ funderCode }] } })) } : {}),
    ...(inArea ? { personId: { in: [...inArea] } } : {}),
  };
}

/** Every funding episode and employment overlapping a window, region-wide, in one request: the funders' and support's own lists. */
const CONTINUITY_FACTS = `query ContinuityFacts($from: Date!, $to: Date!) {
  councilFundingFacts(from: $from, to: $to) { personId vehicle start end }
  healthFundingFacts(from: $from, to: $to) { personId vehicle start end }
  employmentSpansInPeriod(from: $from, to: $to) { employerPersonId personalAssistantId start end }
}`;

interface Span {
  start: string;
  end: string | null;
}

/** Each person's episodes and employments in the window, for the people asked about only. */
async function timelinesIn(ctx: Context, personIds: Set<string>, window: { from: string; to: string }) {
  const facts = await ctx.graph.request<{
    councilFundingFacts: (Span & { personId: string; vehicle: string })[];
    healthFundingFacts: (Span & { personId: string; vehicle: string })[];
    employmentSpansInPeriod: (Span & { employerPersonId: string; personalAssistantId: string })[];
  }>(CONTINUITY_FACTS, window);
  const timelines = new Map<string, { episodes: TimelineEpisode[]; employments: TimelineEmployment[] }>();
  const of = (id: string) => timelines.get(id) ?? timelines.set(id, { episodes: [], employments: [] }).get(id)!;
  [...facts.councilFundingFacts, ...facts.healthFundingFacts].forEach((f, i) => {
    if (personIds.has(f.personId)) of(f.personId).episodes.push({ __typename: f.vehicle, id: String(i), start: f.start, end: f.end });
  });
  facts.employmentSpansInPeriod.forEach((e, i) => {
    if (personIds.has(e.employerPersonId))
      of(e.employerPersonId).employments.push({ id: String(i), personalAssistantId: e.personalAssistantId, start: e.start, end: e.end });
  });
  return timelines;
}

/**
 * Funding gaps (PAs employed, nobody paying) and overlaps among the people the funders pay: from
 * the region's episodes and employments in the window, three subgraph statements' worth whatever
 * the number of people (reading each person's timeline through the graph took seconds for an ICB).
 */
async function continuity(ctx: Context, personIds: Set<string>, from: Date, to: Date) {
  const window = pastWindow(from, to);
  const timelines = await timelinesIn(ctx, personIds, window);
  let peopleWithGaps = 0,
    gapDays = 0,
    peopleWithOverlaps = 0,
    overlapDays = 0;
  for (const t of timelines.values()) {
    const gaps = fundingGaps(t.episodes, t.employments, window);
    const overlaps = fundingOverlaps(t.episodes, window);
    if (gaps.length) peopleWithGaps++;
    if (overlaps.length) peopleWithOverlaps++;
    gapDays += gaps.reduce((n, g) => n + g.days, 0);
    overlapDays += overlaps.reduce((n, o) => n + o.days, 0);
  }
  return {
    peopleWithGaps: publishCount(peopleWithGaps),
    gapDays: publishAmount(gapDays, peopleWithGaps, 5),
    peopleWithOverlaps: publishCount(peopleWithOverlaps),
    overlapDays: publishAmount(overlapDays, peopleWithOverlaps, 5),
  };
}

export async function transitionAggregates(
  ctx: Context,
  filter: AggregateFilterInput | null | undefined,
): Promise<ResolversTypes['TransitionAggregates']> {
  const scope = aggregateScope(filter);
  const codes = [scope.councilGssCode, scope.icbOdsCode].filter((c): c is string => c !== null);
  const area = await scopedArea(ctx.graph, scope);
  // The people subgraph holds where people live; the kit asks it as for any other aggregate.
  const inArea = area ? await personIdsInArea(ctx.graph, area) : null;
  const [inFlight, completed, fundedAnywhere] = await Promise.all([
    ctx.db.transition.findMany({ where: { status: { in: IN_FLIGHT }, ...funderWhere(codes, inArea) } }),
    ctx.db.transition.findMany({
      where: { status: 'EFFECTIVE', effectiveDate: { gte: scope.from, lte: scope.to }, ...funderWhere(codes, inArea) },
    }),
    scopedPersonIds(ctx.graph, scope),
  ]);
  const funded = fundedAnywhere ? bothLimits(fundedAnywhere, inArea) : null;
  const [readiness, employments, problems] = await Promise.all([
    inFlight.length ? readinessFor(ctx, inFlight) : new Map(),
    loadPeople(graphPeople(ctx).employments, [...new Set(completed.map((t) => t.personId))]),
    // Gaps and overlaps are only meaningful among the people one funder (or both) pays.
    funded ? continuity(ctx, funded, scope.from, scope.to) : null,
  ]);
  const blockersOf = (id: string) => (readiness.get(id)?.blockers ?? []).map((b: { kind: string }) => b.kind);
  const byStage = count(inFlight, STAGES, (t) => [t.status]);
  return {
    from: scope.from,
    to: scope.to,
    // The headline is the sum of its stages as published, so the page's total and its stages agree.
    inFlight: totalOfParts(byStage),
    inFlightByStage: byStage,
    inFlightByDestination: count(inFlight, DESTINATIONS, (t) => [t.toVehicle]),
    readyToApply: publishCount(inFlight.filter((t) => t.status === 'AGREED' && blockersOf(t.id).length === 0).length),
    blockedBy: count(inFlight, BLOCKERS, (t) => blockersOf(t.id)),
    completedInPeriod: publishCount(completed.length),
    keptAllPersonalAssistants: publishCount(
      completed.filter((t) => keptAllAt(employments.get(t.personId) ?? [], isoDate(t.effectiveDate))).length,
    ),
    continuity: problems,
  } as ResolversTypes['TransitionAggregates'];
}
