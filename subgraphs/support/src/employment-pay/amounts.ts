import { badUserInput, type Caller } from '@continuum/runtime';

/** Money in whole pence (or another count) that may be zero but never below it. */
export function requireAmount(value: number, field: string, max: number): number {
  if (!Number.isInteger(value) || value < 0) throw badUserInput(field, 'must be a whole number, zero or more');
  if (value > max) throw badUserInput(field, `must be at most ${max}`);
  return value;
}

/** Who recorded something, as the records name them. */
export const who = (caller: Caller) => `${caller.name} (${caller.userId})`;
