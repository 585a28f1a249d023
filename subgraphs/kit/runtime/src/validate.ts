import { badUserInput } from './errors.ts';
import { today } from './clock.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Hub ids are UUIDs; anything else cannot name a record. */
export function requireId(value: string, field: string): string {
  if (!UUID.test(value)) throw badUserInput(field, `"${value}" is not a hub id (a UUID)`);
  return value.toLowerCase();
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
