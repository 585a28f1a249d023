import { badUserInput } from './errors.ts';
import { today } from './clock.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Hub ids are UUIDs; anything else cannot name a record. */
export function requireId(value: string, field: string): string {
  if (!UUID.test(value)) throw badUserInput(field, `"${value}" is not a hub id (a UUID)`);
  return value.toLowerCase();
}

/** The most people one request for the hub's own funding and employment facts may name. */
export const MAX_FACT_PERSON_IDS = 50_000;

/** A list of hub ids, at most `max` of them, each a UUID; answered lower-cased and without repeats. */
export function requireIds(values: readonly string[], field: string, max: number): string[] {
  if (values.length > max) throw badUserInput(field, `at most ${max} ids at a time, got ${values.length}`);
  return [...new Set(values.map((v) => requireId(v, field)))];
}

export function isId(value: string): boolean {
  return UUID.test(value);
}

export function requireText(value: string, field: string, max = 200): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw badUserInput(field, 'must not be empty');
  if (trimmed.length > max) throw badUserInput(field, `must be at most ${max} characters`);
  return trimmed;
}

const POSTCODE_DISTRICT = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;

/** The outward code of a UK postcode (e.g. NE6, CH7, SW1A). */
export function requirePostcodeDistrict(value: string, field: string): string {
  const v = value.trim().toUpperCase();
  if (!POSTCODE_DISTRICT.test(v)) throw badUserInput(field, `"${value}" is not a postcode district such as NE6 or CH7`);
  return v;
}

export function requirePositive(value: number, field: string, max: number): number {
  if (!Number.isFinite(value) || value <= 0) throw badUserInput(field, 'must be greater than zero');
  if (value > max) throw badUserInput(field, `must be at most ${max}`);
  return value;
}

/** An end date, when given, is on or after the start. */
export function requireOrderedDates(start: Date, end: Date | null | undefined, field = 'end'): void {
  if (end && end.getTime() < start.getTime()) throw badUserInput(field, 'must be on or after the start date');
}

export function requirePastOrToday(date: Date, field: string): Date {
  if (date.getTime() > today().getTime()) throw badUserInput(field, 'must not be in the future');
  return date;
}

/** A search for care looks this far at most, in miles. */
const MAX_SEARCH_MILES = 200;

/**
 * The bounds every search for care (the register's PAs, a partner's micro-carers) puts on a need,
 * with the same defaults and the same fields named: how far (default 10 miles), how many hours a
 * week (any), and how many shortfalls a near miss may have (default 2, at most 3).
 */
export function careSearchBounds(need: { withinMiles?: number | null; hoursPerWeek?: number | null; maxShortfalls?: number | null }): {
  withinMiles: number;
  hoursPerWeek: number | null;
  maxShortfalls: number;
} {
  const withinMiles = need.withinMiles ?? 10;
  if (!Number.isFinite(withinMiles) || withinMiles < 0) throw badUserInput('need.withinMiles', 'must be 0 miles or more');
  if (withinMiles > MAX_SEARCH_MILES) throw badUserInput('need.withinMiles', `must be at most ${MAX_SEARCH_MILES} miles`);
  const hours = need.hoursPerWeek ?? null;
  if (hours !== null && (!Number.isFinite(hours) || hours <= 0))
    throw badUserInput('need.hoursPerWeek', 'must be more than 0 hours a week');
  if (hours !== null && hours > 168) throw badUserInput('need.hoursPerWeek', 'a week has 168 hours');
  const maxShortfalls = need.maxShortfalls ?? 2;
  if (!Number.isInteger(maxShortfalls) || maxShortfalls < 0 || maxShortfalls > 3)
    throw badUserInput('need.maxShortfalls', 'must be 0 to 3');
  return { withinMiles, hoursPerWeek: hours, maxShortfalls };
}
