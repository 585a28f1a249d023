/**
 * What break-glass asks of the user: a reason of substance (not "urgent", not a row of one key),
 * and restraint: not again for the same person while a grant runs or, until a data protection
 * officer has reviewed it, within the cool-off after it; and only so many grants a day.
 */
import { conflict } from '@continuum/runtime';
import { forbidden, type BreakGlassLimits, type BreakGlassRefusal } from '@continuum/access';

export const REASON_MIN_CHARACTERS = 40;
export const REASON_MIN_WORDS = 6;
const REASON_MIN_DISTINCT_WORDS = 5;

/** Why a stated reason is not one, or null when it will do. */
export function reasonProblem(reason: string): string | null {
  if (reason.length < REASON_MIN_CHARACTERS) return `state the reason in at least ${REASON_MIN_CHARACTERS} characters`;
  if (/(\S)\1{4,}/u.test(reason)) return 'state the reason in words, not a character repeated';
  const words = reason.toLowerCase().match(/\p{L}{2,}/gu) ?? [];
  if (words.length < REASON_MIN_WORDS) return `state the reason in at least ${REASON_MIN_WORDS} words`;
  if (new Set(words).size < REASON_MIN_DISTINCT_WORDS) return 'state the reason in words of your own, not one word repeated';
  // Keyboard rows and strings of consonants are not words: most words of a reason have a vowel.
  const voiced = words.filter((w) => /[aeiouy]/.test(w)).length;
  if (voiced < words.length * 0.7) return 'state the reason in words';
  const letters = (reason.match(/\p{L}/gu) ?? []).length;
  if (letters < reason.replace(/\s/g, '').length * 0.6) return 'state the reason in words, not mostly numbers or symbols';
  return null;
}

function envWhole(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

/** CONTINUUM_BREAK_GLASS_PER_DAY (3) grants per user in any 24 hours; CONTINUUM_BREAK_GLASS_COOL_OFF_HOURS (24) after a grant before the same person again, unless reviewed. */
export function breakGlassLimits(): BreakGlassLimits {
  return {
    perDay: envWhole('CONTINUUM_BREAK_GLASS_PER_DAY', 3, 1, 50),
    coolOffHours: envWhole('CONTINUUM_BREAK_GLASS_COOL_OFF_HOURS', 24, 0, 24 * 14),
  };
}

/** The error a refused grant answers with. */
export function refusalError(r: BreakGlassRefusal) {
  switch (r.refused) {
    case 'ACTIVE':
      return conflict('personId', `you already hold a break-glass grant for this person, until ${r.previous.expires_at.toISOString()}`);
    case 'UNREVIEWED':
      return conflict(
        'personId',
        `your last break-glass grant for this person has not been reviewed by a data protection officer: you may break the glass for them again once it is, or after ${r.until.toISOString()}`,
      );
    case 'DAILY_LIMIT':
      return forbidden(
        `breakGlass refused: ${r.count} grants in the last 24 hours is the most one user may have`,
        'breakGlass',
        `at most ${r.count} break-glass grants per user in 24 hours; the next is possible after ${r.until.toISOString()}`,
      );
  }
}
