import { badUserInput } from '@continuum/runtime';

/** Whole hundredths (pence, or hundredths of an hour): what the DECIMAL(·,2) columns hold. */
export function requireHundredths(value: number, field: string, what: string): number {
  const hundredths = Math.round(value * 100);
  if (Math.abs(value * 100 - hundredths) > 1e-6) throw badUserInput(field, `must be ${what} with at most two decimal places`);
  return hundredths;
}
