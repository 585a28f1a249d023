/** Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so runs of days are integers. */

const MS_PER_DAY = 86_400_000;

export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / MS_PER_DAY);
}

export function dayOfDate(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** An open end (null) as a day number: after every real day. */
export function endDay(end: string | null): number {
  return end === null ? Number.POSITIVE_INFINITY : dayNumber(end);
}

/** Whole calendar days between two instants, by their UTC dates (never negative). */
export function calendarDaysBetween(from: Date, to: Date): number {
  return Math.max(0, dayOfDate(to) - dayOfDate(from));
}
