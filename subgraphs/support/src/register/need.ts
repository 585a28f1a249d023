import { badUserInput, requirePostcodeDistrict } from '@continuum/runtime';
import type { PaNeedInput } from '../generated/resolvers-types.ts';
import { slotLabel, slotMask, type Slot } from './slots.ts';

/** A need checked and put in the form the search statement takes. */
export interface Need {
  near: string | null;
  withinMiles: number;
  slots: Slot[];
  slotMask: bigint;
  shortNotice: boolean;
  hoursPerWeek: number | null;
  services: string[];
  languages: string[];
  gender: string | null;
  dbsCurrent: boolean;
  training: string[];
  careCertificateCompleted: boolean;
  careGroups: string[];
  drives: boolean;
  maxShortfalls: number;
}

/** Night work that one PA cannot do twice over on the same night. */
const NIGHT_WORK = new Set(['NIGHT', 'SLEEP_IN', 'WAKING_NIGHT']);
const MAX_MILES = 200;

/** Languages as written on the register: "bengali" finds "Bengali"; BSL stays upper case. */
export function languageName(value: string): string {
  const v = value.trim();
  return v.length <= 3 ? v.toUpperCase() : v[0].toUpperCase() + v.slice(1).toLowerCase();
}

export function checkNeed(input: PaNeedInput | null | undefined): Need {
  const need = input ?? {};
  const withinMiles = need.withinMiles ?? 10;
  if (!Number.isFinite(withinMiles) || withinMiles < 0) throw badUserInput('need.withinMiles', 'must be 0 miles or more');
  if (withinMiles > MAX_MILES) throw badUserInput('need.withinMiles', `must be at most ${MAX_MILES} miles`);
  const hours = need.hoursPerWeek ?? null;
  if (hours !== null && (!Number.isFinite(hours) || hours <= 0))
    throw badUserInput('need.hoursPerWeek', 'must be more than 0 hours a week');
  if (hours !== null && hours > 168) throw badUserInput('need.hoursPerWeek', 'a week has 168 hours');
  const maxShortfalls = need.maxShortfalls ?? 2;
  if (!Number.isInteger(maxShortfalls) || maxShortfalls < 0 || maxShortfalls > 3)
    throw badUserInput('need.maxShortfalls', 'must be 0 to 3');
  const slots = need.slots ?? [];
  const seen = new Map<string, string>();
  for (const s of slots) {
    if (!NIGHT_WORK.has(s.period)) continue;
    const other = seen.get(s.day);
    if (other && other !== s.period)
      throw badUserInput(
        'need.slots',
        `${slotLabel(s)} and ${slotLabel({ day: s.day, period: other as Slot['period'] })} cannot both be worked on the same night by one PA: ask for one of them`,
      );
    seen.set(s.day, s.period);
  }
  const languages = (need.languages ?? []).map(languageName);
  if (languages.some((l) => l.length === 0)) throw badUserInput('need.languages', 'a language must not be empty');
  return {
    near: need.near == null ? null : requirePostcodeDistrict(need.near, 'need.near'),
    withinMiles,
    slots: slots as Slot[],
    slotMask: slotMask(slots as Slot[]),
    shortNotice: need.shortNotice ?? false,
    hoursPerWeek: hours,
    services: [...new Set(need.services ?? [])],
    languages: [...new Set(languages)],
    gender: need.gender ?? null,
    dbsCurrent: need.dbsCurrent ?? false,
    training: [...new Set(need.training ?? [])],
    careCertificateCompleted: need.careCertificateCompleted ?? false,
    careGroups: [...new Set(need.careGroups ?? [])],
    drives: need.drives ?? false,
    maxShortfalls,
  };
}
