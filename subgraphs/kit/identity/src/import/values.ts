/** Reading values as agencies' spreadsheets write them. */
import { badUserInput } from '@continuum/runtime';
import { parseBirthDate } from '../matching/normalise.ts';

/** DD/MM/YYYY as UK systems export dates, or YYYY-MM-DD; `field` names the input a problem is reported on. */
export function csvDate(raw: string, field: string): Date {
  const d = parseBirthDate(raw);
  if (!d) throw badUserInput(field, raw ? 'is not a calendar date (DD/MM/YYYY or YYYY-MM-DD)' : 'is required');
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}
