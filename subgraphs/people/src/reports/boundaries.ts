/**
 * Where one funding episode gives way to the next, and what happened to the PA team there.
 * Pure functions over a person's timeline.
 */
import { dayNumber, endDay, isoOfDay } from './days.ts';
import { activeOn, periodsOverlap, type TimelineEmployment, type TimelineEpisode } from './timeline.ts';

export type ContinuityChange = 'STAYED' | 'LEFT' | 'JOINED';

export interface PaChange {
  employment: TimelineEmployment;
  change: ContinuityChange;
}

export interface Boundary {
  /** The first day of the new funding. */
  date: string;
  from: TimelineEpisode | null;
  to: TimelineEpisode;
  personalAssistants: PaChange[];
  keptAllPersonalAssistants: boolean;
}

function byStart<T extends { start: string; id: string }>(a: T, b: T): number {
  return a.start.localeCompare(b.start) || a.id.localeCompare(b.id);
}

/**
 * Each employment active the day before `date` or on it: STAYED (both), LEFT (the day before
 * only) or JOINED (on the day only); ordered by employment start.
 */
export function paChangesAt(employments: TimelineEmployment[], date: string): PaChange[] {
  const dayBefore = isoOfDay(dayNumber(date) - 1);
  const out: PaChange[] = [];
  for (const employment of [...employments].sort(byStart)) {
    const before = activeOn(employment, dayBefore);
    const on = activeOn(employment, date);
    if (before && on) out.push({ employment, change: 'STAYED' });
    else if (before) out.push({ employment, change: 'LEFT' });
    else if (on) out.push({ employment, change: 'JOINED' });
  }
  return out;
}

/** Every employment active the day before `date` is still active on it. */
export function keptAllAt(employments: TimelineEmployment[], date: string): boolean {
  return paChangesAt(employments, date).every((c) => c.change !== 'LEFT');
}

/**
 * One boundary per distinct episode start after the first: the episode starting there (`to`);
 * as `from`, the one that ended the day before, failing that one still paying the day before
 * (an overlap), failing that the last one to end before it (a gap); and the PA team's changes
 * across the day.
 */
export function fundingBoundaries(episodes: TimelineEpisode[], employments: TimelineEmployment[]): Boundary[] {
  if (episodes.length === 0) return [];
  const sorted = [...episodes].sort(byStart);
  const firstStart = sorted[0].start;
  const dates = [...new Set(sorted.map((e) => e.start))].filter((d) => d !== firstStart);
  return dates.map((date) => {
    const to = sorted.find((e) => e.start === date)!;
    const dayBefore = dayNumber(date) - 1;
    const endedDayBefore = sorted.filter((e) => e !== to && e.end !== null && dayNumber(e.end) === dayBefore);
    const payingDayBefore = sorted.filter((e) => e !== to && dayNumber(e.start) <= dayBefore && endDay(e.end) >= dayBefore);
    const endedEarlier = sorted
      .filter((e) => e !== to && e.end !== null && dayNumber(e.end) < dayBefore)
      .sort((a, b) => b.end!.localeCompare(a.end!));
    const from = endedDayBefore[0] ?? payingDayBefore[0] ?? endedEarlier[0] ?? null;
    const personalAssistants = paChangesAt(employments, date);
    return { date, from, to, personalAssistants, keptAllPersonalAssistants: personalAssistants.every((c) => c.change !== 'LEFT') };
  });
}

/** The episodes each employment's period overlaps, employments ordered by start. */
export function employmentFunding(
  employments: TimelineEmployment[],
  episodes: TimelineEpisode[],
): { employment: TimelineEmployment; fundedBy: TimelineEpisode[] }[] {
  const sortedEpisodes = [...episodes].sort(byStart);
  return [...employments].sort(byStart).map((employment) => ({
    employment,
    fundedBy: sortedEpisodes.filter((e) => periodsOverlap(employment, e)),
  }));
}
