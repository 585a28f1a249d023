import { badUserInput, requirePostcodeDistrict } from '@continuum/runtime';
import type { MicroCareNeedInput, MicroCareService } from '../generated/resolvers-types.ts';

/** A micro-care need checked, with the defaults filled in. */
export interface MicroCareNeed {
  near: string | null;
  withinMiles: number;
  services: MicroCareService[];
  hoursPerWeek: number | null;
  movingAndPositioning: boolean;
  directCommissioning: boolean;
  maxShortfalls: number;
}

const MAX_MILES = 200;

/** Checks a need as the register's search checks a PA need: the same bounds, the same fields named. */
export function checkMicroCareNeed(input: MicroCareNeedInput | null | undefined): MicroCareNeed {
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
  return {
    near: need.near == null ? null : requirePostcodeDistrict(need.near, 'need.near'),
    withinMiles,
    services: [...new Set(need.services ?? [])],
    hoursPerWeek: hours,
    movingAndPositioning: need.movingAndPositioning ?? false,
    directCommissioning: need.directCommissioning ?? false,
    maxShortfalls,
  };
}
