/**
 * A person's funding and PA timeline as plain data, and the runs of days where it fails them:
 * gaps (a PA is employed but no funder pays) and overlaps (two funders pay at once).
 * Pure functions, so they can be checked against hand-made timelines.
 */
import { dayNumber, endDay, isoOfDay } from './days.ts';

export interface TimelineEpisode {
  __typename: string;
  id: string;
  start: string;
  end: string | null;
  funderCode?: string | null;
}

export interface TimelineEmployment {
  id: string;
  personalAssistantId: string;
  start: string;
  end: string | null;
}

export interface DayRun {
  start: string;
  end: string;
  days: number;
}

export interface OverlapRun extends DayRun {
  episodes: TimelineEpisode[];
}

interface Span {
  start: number;
  end: number;
}

function spanOf(item: { start: string; end: string | null }): Span {
  return { start: dayNumber(item.start), end: endDay(item.end) };
}

function coversDay(span: Span, day: number): boolean {
  return span.start <= day && day <= span.end;
}

/**
 * Cuts [lo, hi] into pieces within which no span starts or ends, so every day of a piece is
 * covered by the same spans.
 */
function pieces(spans: Span[], lo: number, hi: number): Span[] {
  const cuts = new Set<number>([lo, hi + 1]);
  for (const s of spans) {
    if (s.start > lo && s.start <= hi) cuts.add(s.start);
    if (s.end + 1 > lo && s.end + 1 <= hi) cuts.add(s.end + 1);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Span[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) out.push({ start: sorted[i], end: sorted[i + 1] - 1 });
  return out;
}

/** Joins touching pieces (one ends the day before the next starts) into runs. */
function mergeRuns<T>(runs: (Span & { extra: T[] })[]): (Span & { extra: T[] })[] {
  const out: (Span & { extra: T[] })[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && last.end + 1 === r.start) {
      last.end = r.end;
      for (const x of r.extra) if (!last.extra.includes(x)) last.extra.push(x);
    } else {
      out.push({ start: r.start, end: r.end, extra: [...r.extra] });
    }
  }
  return out;
}

function toRun(span: Span): DayRun {
  return { start: isoOfDay(span.start), end: isoOfDay(span.end), days: span.end - span.start + 1 };
}

/** A window of days [from, to] (ISO dates, inclusive); empty when to < from. */
export interface Window {
  from: string;
  to: string;
}

/** Runs of days in the window on which some employment is active and no episode pays. */
export function fundingGaps(episodes: TimelineEpisode[], employments: TimelineEmployment[], window: Window): DayRun[] {
  const lo = dayNumber(window.from);
  const hi = dayNumber(window.to);
  if (hi < lo || employments.length === 0) return [];
  const episodeSpans = episodes.map(spanOf);
  const employmentSpans = employments.map(spanOf);
  const gapPieces = pieces([...episodeSpans, ...employmentSpans], lo, hi)
    .filter((p) => employmentSpans.some((s) => coversDay(s, p.start)) && !episodeSpans.some((s) => coversDay(s, p.start)))
    .map((p) => ({ ...p, extra: [] as never[] }));
  return mergeRuns(gapPieces).map(toRun);
}

/**
 * Runs of days in the window on which two or more episodes pay, each with every episode that
 * pays on some day of the run (an integrated budget is one episode, so never overlaps itself).
 */
export function fundingOverlaps(episodes: TimelineEpisode[], window: Window): OverlapRun[] {
  const lo = dayNumber(window.from);
  const hi = dayNumber(window.to);
  if (hi < lo || episodes.length < 2) return [];
  const spans = episodes.map(spanOf);
  const overlapPieces = pieces(spans, lo, hi)
    .map((p) => ({ ...p, extra: episodes.filter((_, i) => coversDay(spans[i], p.start)) }))
    .filter((p) => p.extra.length >= 2);
  return mergeRuns(overlapPieces).map((r) => ({ ...toRun(r), episodes: r.extra }));
}

/** Whether [start, end] (end null = open) and [otherStart, otherEnd] share a day. */
export function periodsOverlap(a: { start: string; end: string | null }, b: { start: string; end: string | null }): boolean {
  const x = spanOf(a);
  const y = spanOf(b);
  return x.start <= y.end && y.start <= x.end;
}

/** Whether the employment (or episode) is active on the given day. */
export function activeOn(item: { start: string; end: string | null }, day: string): boolean {
  return coversDay(spanOf(item), dayNumber(day));
}
