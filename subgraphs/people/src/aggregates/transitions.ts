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
import { dayNumber, isoOfDay } from '../reports/days.ts';
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

/** The funded people's funding episodes and employments overlapping a window, in one request: the funders' and support's own lists. */
const CONTINUITY_FACTS = `query ContinuityFacts($from: Date!, $to: Date!, $personIds: [ID!]!) {
  councilFundingFacts(from: $from, to: $to, personIds: $personIds) { personId vehicle start end }
  healthFundingFacts(from: $from, to: $to, personIds: $personIds) { personId vehicle start end }
  employmentSpansInPeriod(from: $from, to: $to, personIds: $personIds) { employerPersonId personalAssistantId start end }
}`;

/** The employments of people who moved, from the day before the period (a move on its first day looks back a day). */
const MOVED_EMPLOYMENTS = `query MovedPeopleEmployments($from: Date!, $to: Date!, $personIds: [ID!]!) {
  employmentSpansInPeriod(from: $from, to: $to, personIds: $personIds) { employerPersonId personalAssistantId start end }
}`;

type EmploymentSpan = Span & { employerPersonId: string; personalAssistantId: string };

/** Each employer's employments as timeline entries. */
function employmentsByEmployer(spans: EmploymentSpan[]): Map<string, TimelineEmployment[]> {
  const byEmployer = new Map<string, TimelineEmployment[]>();
  spans.forEach((e, i) => {
    const list = byEmployer.get(e.employerPersonId) ?? byEmployer.set(e.employerPersonId, []).get(e.employerPersonId)!;
    list.push({ id: String(i), personalAssistantId: e.personalAssistantId, start: e.start, end: e.end });
  });
  return byEmployer;
}

/** Employments around each completed move, read from support alone (one statement), for whether the move kept every PA. */
async function employmentsAroundMoves(ctx: Context, personIds: string[], from: Date, to: Date) {
  if (personIds.length === 0) return new Map<string, TimelineEmployment[]>();
  const dayBefore = isoOfDay(dayNumber(isoDate(from)) - 1);
  const facts = await ctx.graph.request<{ employmentSpansInPeriod: EmploymentSpan[] }>(MOVED_EMPLOYMENTS, {
    from: dayBefore,
    to: isoDate(to),
    personIds,
  });
  return employmentsByEmployer(facts.employmentSpansInPeriod);
}

interface Span {
  start: string;
  end: string | null;
}

/** Each person's episodes and employments in the window, for the people asked about only. */
async function timelinesIn(ctx: Context, personIds: Set<string>, window: { from: string; to: string }) {
  const facts = await ctx.graph.request<{
    councilFundingFacts: (Span & { personId: string; vehicle: string })[];
    healthFundingFacts: (Span & { personId: string; vehicle: string })[];
    employmentSpansInPeriod: EmploymentSpan[];
  }>(CONTINUITY_FACTS, { ...window, personIds: [...personIds] });
  const timelines = new Map<string, { episodes: TimelineEpisode[]; employments: TimelineEmployment[] }>();
  const of = (id: string) => timelines.get(id) ?? timelines.set(id, { episodes: [], employments: [] }).get(id)!;
  [...facts.councilFundingFacts, ...facts.healthFundingFacts].forEach((f, i) => {
    of(f.personId).episodes.push({ __typename: f.vehicle, id: String(i), start: f.start, end: f.end });
  });
  for (const [employer, employments] of employmentsByEmployer(facts.employmentSpansInPeriod)) of(employer).employments.push(...employments);
  return timelines;
}

/**
 * Funding gaps (PAs employed, nobody paying) and overlaps among the people the funders pay: from
 * those people's episodes and employments in the window, one request of three subgraph lists
 * whatever the number of people (reading each person's timeline through the graph took seconds
 * for an ICB, and reading the whole region's lists sent ten times the rows needed).
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
    employmentsAroundMoves(ctx, [...new Set(completed.map((t) => t.personId))], scope.from, scope.to),
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
