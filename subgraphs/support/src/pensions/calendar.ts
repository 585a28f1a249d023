/** Calendar arithmetic for pensions: ages, state pension age, pay reference periods, tax years (all UTC days). */

const DAY_MS = 86_400_000;

/**
 * The day `months` months after `from`, on the same day of the month; when that month has no
 * such day (31 November, 29 February in a common year) the first day of the month after, as a
 * birthday on 29 February falls on 1 March.
 */
export function addMonths(from: Date, months: number): Date {
  const y = from.getUTCFullYear();
  const m = from.getUTCMonth() + months;
  const same = new Date(Date.UTC(y, m, from.getUTCDate()));
  const expectedMonth = (((m % 12) + 12) % 12) as number;
  return same.getUTCMonth() === expectedMonth ? same : new Date(Date.UTC(y, m + 1, 1));
}

export const addYears = (from: Date, years: number) => addMonths(from, years * 12);
export const addDays = (from: Date, days: number) => new Date(from.getTime() + days * DAY_MS);

/** Age in whole years on `day` (the birthday itself counts). */
export function ageOn(dateOfBirth: Date, day: Date): number {
  let years = day.getUTCFullYear() - dateOfBirth.getUTCFullYear();
  if (addYears(dateOfBirth, years).getTime() > day.getTime()) years--;
  return years;
}

/** The pay reference periods the thresholds are published for. */
export type PayPeriod = 'WEEK' | 'FORTNIGHT' | 'FOUR_WEEKS' | 'MONTH' | 'YEAR';

/** Which kind of pay reference period runs from `start` to `end` inclusive; null when it is none of them. */
export function payPeriodOf(start: Date, end: Date): PayPeriod | null {
  const days = Math.round((end.getTime() - start.getTime()) / DAY_MS) + 1;
  if (days === 7) return 'WEEK';
  if (days === 14) return 'FORTNIGHT';
  if (days === 28) return 'FOUR_WEEKS';
  const next = addDays(end, 1).getTime();
  if (addMonths(start, 1).getTime() === next) return 'MONTH';
  if (addYears(start, 1).getTime() === next) return 'YEAR';
  return null;
}

/** The UK tax year (6 April to 5 April) holding `day`, as '2026-27' with its first day. */
export function taxYearOf(day: Date): { taxYear: string; startsOn: Date } {
  const y = day.getUTCFullYear();
  const first = day.getTime() >= Date.UTC(y, 3, 6) ? y : y - 1;
  return { taxYear: `${first}-${String((first + 1) % 100).padStart(2, '0')}`, startsOn: new Date(Date.UTC(first, 3, 6)) };
}
