import { careSearchBounds, requirePostcodeDistrict } from '@continuum/runtime';
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

/** Checks a need as the register's search checks a PA need: the same bounds, the same fields named. */
export function checkMicroCareNeed(input: MicroCareNeedInput | null | undefined): MicroCareNeed {
  const need = input ?? {};
  const { withinMiles, hoursPerWeek: hours, maxShortfalls } = careSearchBounds(need);
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
