import { today } from './clock.ts';
import { badUserInput } from './errors.ts';

/** today() belongs to the clock (clock.ts); it is re-exported for code that imports it with the date arithmetic. */
export { today };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD, refusing impossible dates such as 2025-02-30. */
export function parseIsoDate(value: string): Date | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value ? date : null;
}

export function requireIsoDate(value: string, field: string): Date {
  const date = parseIsoDate(value);
  if (!date) throw badUserInput(field, `"${value}" is not a real calendar date in the form YYYY-MM-DD`);
  return date;
}

/** A PostgreSQL date column as Prisma returns it (UTC midnight) back to YYYY-MM-DD. */
export function isoDate(date: Date): string;
export function isoDate(date: Date | null | undefined): string | null;
export function isoDate(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Whether [start, end] (end null = open) covers the given day. */
export function covers(start: Date, end: Date | null, day: Date): boolean {
  return start.getTime() <= day.getTime() && (end === null || end.getTime() >= day.getTime());
}

export type EpisodeStatus = 'PLANNED' | 'ACTIVE' | 'ENDED';

export function episodeStatus(start: Date, end: Date | null, day: Date = today()): EpisodeStatus {
  if (start.getTime() > day.getTime()) return 'PLANNED';
  return end !== null && end.getTime() < day.getTime() ? 'ENDED' : 'ACTIVE';
}
