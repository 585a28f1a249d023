import { badUserInput, careSearchBounds, requirePostcodeDistrict } from '@continuum/runtime';
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
  /** Training the PA must hold: what the caller asked for, and the care plan's when it is read. */
  training: string[];
  /** The search is to read the person's care plans for the training they require. */
  carePlanCompetences: boolean;
  /** The training the care plans required (each in `training` too); empty until they are read. */
  fromCarePlan: string[];
  careCertificateCompleted: boolean;
  careGroups: string[];
  drives: boolean;
  maxShortfalls: number;
}

/** Night work that one PA cannot do twice over on the same night. */
const NIGHT_WORK = new Set(['NIGHT', 'SLEEP_IN', 'WAKING_NIGHT']);

/** Languages as written on the register: "bengali" finds "Bengali"; BSL stays upper case. */
export function languageName(value: string): string {
  const v = value.trim();
  return v.length <= 3 ? v.toUpperCase() : v[0].toUpperCase() + v.slice(1).toLowerCase();
}

export function checkNeed(input: PaNeedInput | null | undefined): Need {
  const need = input ?? {};
  const { withinMiles, hoursPerWeek: hours, maxShortfalls } = careSearchBounds(need);
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
    carePlanCompetences: need.carePlanCompetences ?? false,
    fromCarePlan: [],
    careCertificateCompleted: need.careCertificateCompleted ?? false,
    careGroups: [...new Set(need.careGroups ?? [])],
    drives: need.drives ?? false,
    maxShortfalls,
  };
}

/** The need with the training the person's care plans require added to what was asked for. */
export function withCarePlanTraining(need: Need, fromCarePlan: readonly string[]): Need {
  return { ...need, training: [...new Set([...need.training, ...fromCarePlan])], fromCarePlan: [...fromCarePlan] };
}
