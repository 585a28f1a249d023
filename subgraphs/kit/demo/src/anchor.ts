/**
 * The demo region's calendar. The generator builds the region as of its base day (AS_OF,
 * 2026-11-01) and the result is then moved to its anchor day, so that "this quarter", "last
 * month" and the moves in flight mean the same on any day the hub is started. Every date moves
 * by the same whole number of weeks (weekdays are kept); the micro-care programme, which is
 * kept by calendar month, moves by the nearest whole number of months.
 *
 * Constants the generator exports (FEATURED_MOVE, IN_FLIGHT_FROM, MICRO_CARE_FIRST_MONTH...) are
 * base-day dates: `demoDay(region.asOf, FEATURED_MOVE)` is where one falls in an anchored region.
 */
import { todayIso } from '@continuum/runtime';
import { AS_OF } from './context.ts';
import { addMonths, dayOf, isoOf, type Day } from './dates.ts';

/** The day the generator builds the region as of, before it is moved to its anchor. */
export const DEMO_BASE_DAY = AS_OF;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const AVERAGE_MONTH_DAYS = 365.2425 / 12;

export interface DemoCalendar {
  /** The day the region is anchored on: its `asOf`. */
  anchor: string;
  /** Days every date moved from the base build: whole weeks, never past the anchor. */
  days: number;
  /** Whole months the micro-care programme moved (the nearest to `days`), so its months still start on the 1st. */
  months: number;
  /** A base-day date (or date-time) as it falls in the anchored region. */
  day(base: string): string;
  /** A base-day date of the micro-care programme (MICRO_CARE_FIRST_MONTH...) as it falls in the anchored region. */
  month(base: string): string;
}

/** Checks an anchor day, naming where it came from when it is not a calendar date. */
export function requireAnchor(value: string, source = 'the demo anchor'): string {
  const text = value.trim();
  let valid = ISO_DAY.test(text);
  if (valid) {
    try {
      valid = isoOf(dayOf(text)) === text;
    } catch {
      valid = false;
    }
  }
  if (!valid) throw new Error(`${source} "${value}" is not a calendar date in the form YYYY-MM-DD`);
  return text;
}

/** The anchor a region is built on by default: CONTINUUM_DEMO_ANCHOR when set, otherwise the clock's today. */
export function defaultDemoAnchor(): string {
  const pinned = process.env.CONTINUUM_DEMO_ANCHOR?.trim();
  return pinned ? requireAnchor(pinned, 'CONTINUUM_DEMO_ANCHOR') : todayIso();
}

/** Moves the date part of YYYY-MM-DD or an ISO date-time, keeping any time of day. */
export function moveIso(value: string, move: (day: Day) => Day): string {
  return isoOf(move(dayOf(value.slice(0, 10)))) + value.slice(10);
}

export function demoCalendar(anchor: string = defaultDemoAnchor()): DemoCalendar {
  const day = requireAnchor(anchor);
  const days = Math.floor((dayOf(day) - dayOf(DEMO_BASE_DAY)) / 7) * 7;
  const months = Math.round(days / AVERAGE_MONTH_DAYS);
  return {
    anchor: day,
    days,
    months,
    day: (base) => (days === 0 ? base : moveIso(base, (d) => d + days)),
    month: (base) => (months === 0 ? base : moveIso(base, (d) => addMonths(d, months))),
  };
}

/** A base-day date as it falls in a region anchored on `anchor` (a region's `asOf`). */
export function demoDay(anchor: string, base: string): string {
  return demoCalendar(anchor).day(base);
}

/** A base-day date of the micro-care programme as it falls in a region anchored on `anchor`. */
export function demoMonth(anchor: string, base: string): string {
  return demoCalendar(anchor).month(base);
}
