/**
 * How completed moves went: how many kept every PA, and how long they took. Only moves of people
 * the caller may see are counted (reports/scope.ts); the median, average and share need five.
 */
import { areaByCode } from '@continuum/access';
import { badUserInput, isoDate, today } from '@continuum/runtime';
import type { Context } from '../context.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { FundingVehicle, ResolversTypes } from '../generated/resolvers-types.ts';
import { keptAllAt } from './boundaries.ts';
import { calendarDaysBetween } from './days.ts';
import { graphPeople, loadPeople } from './graph-people.ts';
import { EPISODE_TYPE_OF_VEHICLE } from '../transitions/vocabulary.ts';
import { inCallerScope, publishedOver } from './scope.ts';
import { average, median, percentage } from './stats.ts';

export interface OutcomeFilter {
  effectiveFrom: Date;
  effectiveTo: Date;
  fromVehicle?: FundingVehicle | null;
  toVehicle?: FundingVehicle | null;
  funderCode?: string | null;
  areaCode?: string | null;
}

/** The people living in an area, from this subgraph's own postcode districts. */
async function peopleLivingIn(ctx: Context, areaCode: string): Promise<string[]> {
  const area = await areaByCode(ctx.graph, areaCode, 'areaCode');
  const rows = await ctx.db.person.findMany({
    where: { postcodeDistrict: { in: area.postcodeDistricts }, mergedInto: null },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

export async function transitionOutcomes(ctx: Context, filter: OutcomeFilter): Promise<ResolversTypes['TransitionOutcomes']> {
  if (filter.effectiveTo.getTime() < filter.effectiveFrom.getTime()) throw badUserInput('effectiveTo', 'must be on or after effectiveFrom');
  const where: Prisma.TransitionWhereInput = {
    status: 'EFFECTIVE',
    effectiveDate: { gte: filter.effectiveFrom, lte: filter.effectiveTo },
    ...(filter.fromVehicle ? { fromEpisodeType: EPISODE_TYPE_OF_VEHICLE[filter.fromVehicle] } : {}),
    ...(filter.toVehicle ? { toVehicle: filter.toVehicle } : {}),
    ...(filter.funderCode ? { parties: { array_contains: [{ funderCode: filter.funderCode.trim().toUpperCase() }] } } : {}),
    ...(filter.areaCode ? { personId: { in: await peopleLivingIn(ctx, filter.areaCode) } } : {}),
  };
  const transitions = await inCallerScope(
    ctx,
    await ctx.db.transition.findMany({ where, orderBy: [{ effectiveDate: 'asc' }, { id: 'asc' }] }),
    (t) => t.personId,
  );
  const employments = await loadPeople(graphPeople(ctx).employments, [...new Set(transitions.map((t) => t.personId))]);

  const kept = transitions.filter((t) => keptAllAt(employments.get(t.personId) ?? [], isoDate(t.effectiveDate))).length;
  const days = transitions.map((t) => calendarDaysBetween(t.proposedAt, t.completedAt ?? today()));
  return {
    completed: transitions.length,
    keptAllPersonalAssistants: kept,
    percentKeptAllPersonalAssistants: publishedOver(transitions.length, percentage(kept, transitions.length)),
    medianDaysToComplete: publishedOver(transitions.length, median(days)),
    averageDaysToComplete: publishedOver(transitions.length, average(days)),
    transitions,
  };
}
