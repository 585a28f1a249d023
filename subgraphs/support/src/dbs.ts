import { today } from '@continuum/runtime';

/** DBS certificates carry no expiry; the register treats a check as out of date after three years. */
const VALID_YEARS = 3;
const CLEARED = new Set(['CLEAR', 'INFORMATION_DISCLOSED']);

export function dbsCheckIsCurrent(status: string, checkedOn: Date | null, day: Date = today()): boolean {
  if (!CLEARED.has(status) || checkedOn === null) return false;
  const cutoff = new Date(Date.UTC(day.getUTCFullYear() - VALID_YEARS, day.getUTCMonth(), day.getUTCDate()));
  return checkedOn.getTime() >= cutoff.getTime() && checkedOn.getTime() <= day.getTime();
}
