import { badUserInput, covers } from '@continuum/runtime';

/** A calendar quarter, e.g. 2026-Q4: its year and its three months (0-based). */
export function parseQuarter(value: string, field: string): { label: string; year: number; months: number[] } {
  const m = /^(\d{4})-Q([1-4])$/.exec(value.trim().toUpperCase());
  if (!m) throw badUserInput(field, `"${value}" is not a quarter such as 2026-Q4`);
  const year = Number(m[1]);
  const first = (Number(m[2]) - 1) * 3;
  return { label: `${m[1]}-Q${m[2]}`, year, months: [first, first + 1, first + 2] };
}

interface Period {
  start: Date;
  end: Date | null;
}

/**
 * Customer-months in a quarter: for each month, the budgets active on any day of it while the
 * agreement was in force (a month outside the agreement counts none).
 */
export function customerMonths(quarter: { year: number; months: number[] }, agreement: Period, budgets: Period[]): number {
  let total = 0;
  for (const month of quarter.months) {
    const first = new Date(Date.UTC(quarter.year, month, 1));
    const last = new Date(Date.UTC(quarter.year, month + 1, 0));
    const from = Math.max(first.getTime(), agreement.start.getTime());
    const to = Math.min(last.getTime(), agreement.end ? agreement.end.getTime() : last.getTime());
    if (from > to) continue;
    total += budgets.filter((b) => b.start.getTime() <= to && (b.end === null || b.end.getTime() >= from)).length;
  }
  return total;
}

/** Budgets active on a day, provided the agreement covers it. */
export function activeOn<T extends Period>(day: Date, agreement: Period, budgets: T[]): T[] {
  if (!covers(agreement.start, agreement.end, day)) return [];
  return budgets.filter((b) => covers(b.start, b.end, day));
}
