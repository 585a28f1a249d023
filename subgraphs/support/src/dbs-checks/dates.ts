import { badUserInput, isoDate, requirePastOrToday } from '@continuum/runtime';

/** A day that has come (not in the future) and is not before `earliest`, which `what` names in the refusal. */
export function requireDayBetween(day: Date, field: string, earliest: Date | null, what: string): Date {
  requirePastOrToday(day, field);
  if (earliest && day.getTime() < earliest.getTime()) throw badUserInput(field, `must not be before ${what} (${isoDate(earliest)})`);
  return day;
}
