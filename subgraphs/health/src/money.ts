import { badUserInput, requirePositive } from '@continuum/runtime';

/** Far above any real figure; catches a misplaced decimal point. */
export const MAX_HOURLY_RATE = 100;
export const HOURS_IN_A_WEEK = 168;
export const MAX_WEEKLY_AMOUNT = 50_000;

/** A positive amount with at most two decimal places (what the DECIMAL(·,2) columns hold). */
export function requireAmount(value: number, field: string, max: number, what: string): number {
  requirePositive(value, field, max);
  const hundredths = Math.round(value * 100);
  if (Math.abs(value * 100 - hundredths) > 1e-6) throw badUserInput(field, `must be ${what} with at most two decimal places`);
  return hundredths / 100;
}
