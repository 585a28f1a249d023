/**
 * A council's or NHS body's tracker: the moves in flight in which it is a party (with what still
 * blocks them) and the funding gaps and overlaps among the people it funds.
 */
import { addDays, badUserInput, isoDate, requireText, today } from '@continuum/runtime';
import type { Context } from '../context.ts';
import type { ReadinessBlocker, ResolversTypes } from '../generated/resolvers-types.ts';
import { readinessFor } from '../transitions/readiness.ts';
import { IN_FLIGHT } from '../transitions/vocabulary.ts';
import { calendarDaysBetween } from './days.ts';
import { personIdsFundedBy } from './funders.ts';
import { inCallerScope } from './scope.ts';
import { graphPeople, loadPeople } from './graph-people.ts';
import { gapOf, overlapOf, personRows } from './refs.ts';
import { fundingGaps, fundingOverlaps, type DayRun, type Window } from './timeline.ts';

/** The default window is the last year up to today. */
export function trackerWindow(from: Date | null | undefined, to: Date | null | undefined): { from: Date; to: Date } {
  const window = { from: from ?? addDays(today(), -365), to: to ?? today() };
  if (window.to.getTime() < window.from.getTime()) throw badUserInput('to', 'must be on or after from');
  return window;
}

/** Days that have happened: the window cut at today. */
export function pastWindow(from: Date, to: Date): Window {
  const end = Math.min(to.getTime(), today().getTime());
  return { from: isoDate(from), to: isoDate(new Date(end)) };
}

function byStartThenPerson<T extends DayRun & { personId: string }>(a: T, b: T): number {
  return a.start.localeCompare(b.start) || a.personId.localeCompare(b.personId);
}

async function inFlight(ctx: Context, funderCode: string): Promise<ResolversTypes['TrackedTransition'][]> {
  const rows = await inCallerScope(
    ctx,
    await ctx.db.transition.findMany({
      where: { status: { in: IN_FLIGHT }, parties: { array_contains: [{ funderCode }] } },
      orderBy: [{ proposedAt: 'asc' }, { id: 'asc' }],
    }),
    (t) => t.personId,
  );
  if (rows.length === 0) return [];
  const readiness = await readinessFor(ctx, rows);
  const now = today();
  return rows.map((transition) => ({
    transition,
    daysInProgress: calendarDaysBetween(transition.proposedAt, transition.completedAt ?? now),
    blockers: (readiness.get(transition.id)?.blockers ?? []) as ReadinessBlocker[],
  }));
}

async function continuityProblems(ctx: Context, funderCode: string, from: Date, to: Date) {
  // A funder's people of long ago may be out of its scope now: their gaps are not its to see.
  const ids = await inCallerScope(ctx, await personIdsFundedBy(ctx.graph, funderCode, from, to), (id) => id);
  const timelines = await loadPeople(graphPeople(ctx).timeline, ids);
  const window = pastWindow(from, to);
  const gaps: (DayRun & { personId: string })[] = [];
  const overlaps: (ReturnType<typeof fundingOverlaps>[number] & { personId: string })[] = [];
  for (const [personId, t] of timelines) {
    for (const run of fundingGaps(t.episodes, t.employments, window)) gaps.push({ ...run, personId });
    for (const run of fundingOverlaps(t.episodes, window)) overlaps.push({ ...run, personId });
  }
  const people = await personRows(ctx, [...new Set([...gaps, ...overlaps].map((r) => r.personId))]);
  return {
    gaps: gaps.sort(byStartThenPerson).flatMap((r) => (people.has(r.personId) ? [gapOf(people.get(r.personId)!, r)] : [])),
    overlaps: overlaps.sort(byStartThenPerson).flatMap((r) => (people.has(r.personId) ? [overlapOf(people.get(r.personId)!, r)] : [])),
  };
}

export async function transitionTracker(
  ctx: Context,
  funderCodeArg: string,
  fromArg: Date | null | undefined,
  toArg: Date | null | undefined,
): Promise<ResolversTypes['TransitionTracker']> {
  const funderCode = requireText(funderCodeArg, 'funderCode', 20).toUpperCase();
  const { from, to } = trackerWindow(fromArg, toArg);
  const [tracked, problems] = await Promise.all([inFlight(ctx, funderCode), continuityProblems(ctx, funderCode, from, to)]);
  return { funderCode, inFlight: tracked, ...problems };
}
