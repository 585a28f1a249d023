/**
 * NHS number rules (NHS Data Dictionary): ten digits, the tenth a modulus-11 check digit.
 * Weights 10..2 over the first nine digits; check = 11 - (sum mod 11); 11 -> 0; 10 -> invalid.
 */

export type NhsNumberProblem = 'EMPTY' | 'WRONG_LENGTH' | 'NOT_DIGITS' | 'BAD_CHECK_DIGIT';

/** Strips the spaces and hyphens people type (999 123 4567, 999-123-4567). */
export function normaliseNhsNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** The check digit for nine leading digits, or null when no valid number can end them. */
export function nhsCheckDigit(firstNine: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

/** Why a string is not a valid NHS number, or null when it is one. */
export function nhsNumberProblem(input: string): NhsNumberProblem | null {
  const digits = normaliseNhsNumber(input);
  if (digits.length === 0) return 'EMPTY';
  if (!/^\d+$/.test(digits)) return 'NOT_DIGITS';
  if (digits.length !== 10) return 'WRONG_LENGTH';
  return nhsCheckDigit(digits.slice(0, 9)) === Number(digits[9]) ? null : 'BAD_CHECK_DIGIT';
}

export function isValidNhsNumber(input: string): boolean {
  return nhsNumberProblem(input) === null;
}

export const NHS_NUMBER_PROBLEM_TEXT: Record<NhsNumberProblem, string> = {
  EMPTY: 'an NHS number is required',
  NOT_DIGITS: 'an NHS number has only digits (spaces and hyphens are ignored)',
  WRONG_LENGTH: 'an NHS number has exactly 10 digits',
  BAD_CHECK_DIGIT: 'the check digit does not match the first nine digits',
};

/** 3-3-4 display form. */
export function formatNhsNumber(value: string): string {
  const d = normaliseNhsNumber(value);
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
}

/** UK Core NHS number verification status codes. Only 01 may be linked automatically. */
export const NHS_NUMBER_STATUS = {
  '01': 'NUMBER_PRESENT_AND_VERIFIED',
  '02': 'NUMBER_PRESENT_NOT_TRACED',
  '03': 'TRACE_REQUIRED',
  '04': 'TRACE_ATTEMPTED_NO_MATCH',
  '05': 'TRACE_NEEDS_TO_BE_RESOLVED',
  '06': 'TRACE_IN_PROGRESS',
  '07': 'NUMBER_NOT_PRESENT_TRACE_NOT_REQUIRED',
  '08': 'TRACE_POSTPONED',
} as const;
export type NhsNumberStatusCode = keyof typeof NHS_NUMBER_STATUS;
export type NhsNumberStatusName = (typeof NHS_NUMBER_STATUS)[NhsNumberStatusCode];

export function nhsStatusCode(name: NhsNumberStatusName): NhsNumberStatusCode {
  const entry = Object.entries(NHS_NUMBER_STATUS).find(([, n]) => n === name);
  if (!entry) throw new Error(`unknown NHS number status ${name}`);
  return entry[0] as NhsNumberStatusCode;
}
