/** Reading values as agencies' spreadsheets write them. */
import { badUserInput } from '@continuum/runtime';
import { normaliseSex, parseBirthDate } from '../matching/normalise.ts';

/** DD/MM/YYYY as UK systems export dates, or YYYY-MM-DD; `field` names the input a problem is reported on. */
export function csvDate(raw: string, field: string): Date {
  const d = parseBirthDate(raw);
  if (!d) throw badUserInput(field, raw ? 'is not a calendar date (DD/MM/YYYY or YYYY-MM-DD)' : 'is required');
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

const NOT_KNOWN = new Set(['', 'U', 'UNKNOWN', 'NOT KNOWN', 'NOT STATED', 'I', 'INDETERMINATE', 'X', 'O', 'OTHER', '0', '9']);

/**
 * Sex as agencies' exports write it, as the registration's RecordedSex: F/M, the words, or the
 * NHS Data Dictionary codes (1 male, 2 female, 0 not known, 9 not specified); blank, unknown,
 * indeterminate or other are NOT_KNOWN. Anything else is a problem on `field`.
 */
export function csvSex(raw: string, field: string): 'FEMALE' | 'MALE' | 'NOT_KNOWN' {
  const s = raw.trim().toUpperCase();
  const known = normaliseSex(s);
  if (known) return known === 'F' ? 'FEMALE' : 'MALE';
  if (NOT_KNOWN.has(s)) return 'NOT_KNOWN';
  throw badUserInput(field, 'is not a recorded sex (F, M, female, male, 1, 2, or blank or unknown when not known)');
}
