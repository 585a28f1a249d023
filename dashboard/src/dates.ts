/**
 * Calendar dates as the dashboards handle them: ISO strings (YYYY-MM-DD) in the address and in
 * requests, day, month and year fields in the form (the NHS.UK date input), and the periods a
 * commissioner reports on (financial years from 1 April, and their quarters). No clock is read
 * here: "today" is the hub's, from the session.
 */

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** The parts of whatever the address holds, so a mistyped date stays in the form to be corrected. */
export function partsOf(iso: string): DateParts {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day, month, year };
}

/** The ISO date the parts name, or null when they do not name a real calendar day. */
export function isoOf(parts: DateParts): string | null {
  const [d, m, y] = [parts.day, parts.month, parts.year].map((v) => v.trim());
  if (!/^\d{1,2}$/.test(d!) || !/^\d{1,2}$/.test(m!) || !/^\d{4}$/.test(y!)) return null;
  const iso = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  return isRealDate(iso) ? iso : null;
}

/** Whether a string is YYYY-MM-DD naming a day that exists (not 30 February). */
export function isRealDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The earlier of two ISO dates (ISO strings sort as dates). */
export const earlier = (a: string, b: string): string => (a < b ? a : b);

/** 2026-03-31 as 31 March 2026. */
export function longDate(value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export interface Preset {
  label: string;
  from: string;
  to: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The financial year (1 April to 31 March) a date falls in, by the year it starts. */
function financialYearOf(value: string): number {
  const [y, m] = value.split('-').map(Number) as [number, number];
  return m >= 4 ? y : y - 1;
}

/**
 * The periods a commissioner reports on, as of today: this financial year so far and the last
 * two whole ones, this quarter so far and the last three whole ones. A period running past
 * today ends today, since figures are known only up to today.
 */
export function periodPresets(today: string): Preset[] {
  const year = financialYearOf(today);
  const years = [0, 1, 2].map((back) => {
    const start = year - back;
    const to = iso(start + 1, 3, 31);
    return {
      label: `Financial year ${start} to ${start + 1}${back === 0 ? ' (so far)' : ''}`,
      from: iso(start, 4, 1),
      to: earlier(to, today),
    };
  });
  const [y, m] = today.split('-').map(Number) as [number, number];
  const firstMonth = m - ((m - 1) % 3);
  const quarters = [0, 1, 2, 3].map((back) => {
    let month = firstMonth - 3 * back;
    let qYear = y;
    while (month < 1) {
      month += 12;
      qYear -= 1;
    }
    const lastMonth = month + 2;
    const to = iso(qYear, lastMonth, daysInMonth(qYear, lastMonth));
    return {
      label: `${MONTHS[month - 1]} to ${MONTHS[lastMonth - 1]} ${qYear}${back === 0 ? ' (so far)' : ''}`,
      from: iso(qYear, month, 1),
      to: earlier(to, today),
    };
  });
  return [...years, ...quarters];
}

/** The period of the same length that ends the day before `from`: what a period is compared with. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const day = (value: string) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d) / 86_400_000;
  };
  const isoOfDay = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
  const length = day(to) - day(from) + 1;
  return { from: isoOfDay(day(from) - length), to: isoOfDay(day(from) - 1) };
}

/** The seven days ending on `to`: a week's figures at the end of a period. */
export function weekEnding(to: string): { from: string; to: string } {
  const [y, m, d] = to.split('-').map(Number) as [number, number, number];
  return { from: new Date(Date.UTC(y, m - 1, d - 6)).toISOString().slice(0, 10), to };
}
