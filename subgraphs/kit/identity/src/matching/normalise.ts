/**
 * Normalising an identity before it is compared: names folded (normaliseName), the identifier
 * kept only when well formed (a valid NHS number, or an NI number suffix), the date of birth
 * parsed, the postcode reduced to its district.
 */
import { isValidNhsNumber, normaliseNhsNumber } from '@continuum/runtime';
import { nicknameGroups } from './nicknames.ts';
import { normaliseName, soundex } from './normalise-text.ts';
import type { AnyIdentityRecord, NormalisedIdentity, PaIdentityRecord } from './types.ts';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Year, month and day of a YYYY-MM-DD (or DD/MM/YYYY) date, or null when not a calendar date. */
export function parseBirthDate(input: string | null | undefined): { year: number; month: number; day: number } | null {
  if (!input) return null;
  const s = input.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  let year: number, month: number, day: number;
  if (m) {
    year = Number(m[1]);
    month = Number(m[2]);
    day = Number(m[3]);
  } else {
    m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s);
    if (!m) return null;
    day = Number(m[1]);
    month = Number(m[2]);
    year = Number(m[3]);
  }
  if (month < 1 || month > 12 || day < 1) return null;
  const max = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  if (day > max) return null;
  return { year, month, day };
}

/**
 * A postcode district (outward code) from what was typed: upper case, spaces removed, and the
 * inward code dropped when a full postcode was given ("ne1 4lp" -> "NE1"). Null when empty.
 */
export function normalisePostcodeDistrict(input: string | null | undefined): string | null {
  if (!input) return null;
  let s = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (!s) return null;
  if (s.length >= 5 && /\d[A-Z]{2}$/.test(s)) s = s.slice(0, -3);
  return s;
}

/**
 * The last three characters of an NI number as the matcher compares them: two digits and the
 * suffix letter A-D, upper case, spaces dropped ("56 c" -> "56C"). A whole NI number is cut to
 * its last three. Null when empty or not of that form.
 */
export function normaliseNiNumberSuffix(input: string | null | undefined): string | null {
  if (!input) return null;
  const s = input
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(-3);
  return /^\d{2}[A-D]$/.test(s) ? s : null;
}

/**
 * Recorded sex as the matcher compares it: "F" or "M". Accepts the letters, the words (any case)
 * and the NHS Data Dictionary codes 1 (male) and 2 (female); unknown, indeterminate or anything
 * else is not held, so it neither counts for nor against a match.
 */
export function normaliseSex(input: string | null | undefined): 'F' | 'M' | null {
  const s = (input ?? '').trim().toUpperCase();
  if (s === 'F' || s === 'FEMALE' || s === '2') return 'F';
  if (s === 'M' || s === 'MALE' || s === '1') return 'M';
  return null;
}

const isPaRecord = (r: AnyIdentityRecord): r is PaIdentityRecord => 'niNumberSuffix' in r;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

const cache = new WeakMap<AnyIdentityRecord, NormalisedIdentity>();

/**
 * The normalised form of a record. Results are cached per record object, so treat records
 * handed to the matcher as immutable (build a new object to change one).
 */
export function normaliseIdentity(r: AnyIdentityRecord): NormalisedIdentity {
  const hit = cache.get(r);
  if (hit) return hit;
  let identifier: string | null;
  let identifierVerified = false;
  if (isPaRecord(r)) identifier = normaliseNiNumberSuffix(r.niNumberSuffix);
  else {
    const rawNhs = r.nhsNumber ? normaliseNhsNumber(r.nhsNumber) : '';
    identifier = rawNhs && isValidNhsNumber(rawNhs) ? rawNhs : null;
    identifierVerified = identifier !== null && (r.nhsNumberStatus ?? '').trim() === '01';
  }
  const givenName = normaliseName(r.givenName ?? '');
  const givenFirst = givenName.split(' ', 1)[0] ?? '';
  const familySpaced = normaliseName(r.familyName ?? '');
  const familyName = familySpaced.replace(/ /g, '');
  const dob = parseBirthDate(r.dateOfBirth);
  const postcodeDistrict = normalisePostcodeDistrict(r.postcodeDistrict);
  const area = postcodeDistrict ? /^[A-Z]+/.exec(postcodeDistrict) : null;
  const n: NormalisedIdentity = {
    identifierKind: isPaRecord(r) ? 'NI_NUMBER_SUFFIX' : 'NHS_NUMBER',
    identifier,
    identifierVerified,
    givenName,
    givenFirst,
    givenGroups: nicknameGroups(givenFirst),
    familyName,
    familyParts: familySpaced.includes(' ') ? familySpaced.split(' ') : [familyName],
    familyPhonetic: soundex(familyName),
    dateOfBirth: dob ? `${dob.year}-${pad2(dob.month)}-${pad2(dob.day)}` : null,
    birthYear: dob?.year ?? 0,
    birthMonth: dob?.month ?? 0,
    birthDay: dob?.day ?? 0,
    postcodeDistrict,
    postcodeArea: area ? area[0] : null,
    sex: normaliseSex(r.sex),
    listEntries: r.listEntries ?? [],
  };
  cache.set(r, n);
  return n;
}
