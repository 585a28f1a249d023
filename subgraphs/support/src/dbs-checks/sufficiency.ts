import { addDays, badUserInput, today } from '@continuum/runtime';
import type { DbsCheckModel } from '../generated/prisma/models.ts';
import type { DbsHouseholdInput, DbsLevel, DbsRole, DbsShortfall } from '../generated/resolvers-types.ts';
import { newestFirst, recordView, type DbsCheckView } from './view.ts';

/** A new employer relies on an Update Service certificate only after a status check this recent. */
export const STATUS_CHECK_DAYS = 28;
/** More children than this in one home is taken as a mistake in the input. */
const MAX_CHILDREN = 30;

export interface DbsSufficiencyResult {
  sufficient: boolean;
  requiredLevel: DbsLevel;
  adultsBarredListRequired: boolean;
  childrenBarredListRequired: boolean;
  check: DbsCheckView | null;
  shortfalls: DbsShortfall[];
}

interface Need {
  level: DbsLevel;
  adults: boolean;
  children: boolean;
}

const RANK: Record<DbsLevel, number> = { BASIC: 0, STANDARD: 1, ENHANCED: 2 };

/** Personal care and health tasks are regulated activity with adults; help at home alone is not. */
const ROLE_NEEDS: Record<DbsRole, { level: DbsLevel; adults: boolean }> = {
  PERSONAL_CARE: { level: 'ENHANCED', adults: true },
  HEALTH_TASKS: { level: 'ENHANCED', adults: true },
  SOCIAL_SUPPORT: { level: 'ENHANCED', adults: false },
  DOMESTIC_SUPPORT: { level: 'BASIC', adults: false },
};

function count(value: number | null | undefined, field: string): number {
  const n = value ?? 0;
  if (!Number.isInteger(n) || n < 0 || n > MAX_CHILDREN) throw badUserInput(field, `must be a whole number from 0 to ${MAX_CHILDREN}`);
  return n;
}

/** What the role and household need: children living in or visiting make an enhanced check with the children's list mandatory. */
export function dbsNeed(role: DbsRole, household: DbsHouseholdInput | null | undefined): Need {
  const children =
    count(household?.childrenLivingIn, 'household.childrenLivingIn') + count(household?.childrenVisiting, 'household.childrenVisiting') > 0;
  const byRole = ROLE_NEEDS[role];
  return { level: children ? 'ENHANCED' : byRole.level, adults: byRole.adults, children };
}

/** Why one check cannot be relied on for a new employment with this need, as of `day`. */
export function shortfallsOf(check: DbsCheckModel, need: Need, day: Date): DbsShortfall[] {
  if (check.certificateIssuedOn === null || check.result === null) return ['NO_CERTIFICATE'];
  const out: DbsShortfall[] = [];
  if (RANK[check.level as DbsLevel] < RANK[need.level]) out.push('LEVEL_TOO_LOW');
  if (need.adults && !check.adultsBarredList) out.push('ADULTS_BARRED_LIST_NOT_SEARCHED');
  if (need.children && !check.childrenBarredList) out.push('CHILDREN_BARRED_LIST_NOT_SEARCHED');
  if (check.updateServiceSubscribedOn === null) out.push('NOT_ON_UPDATE_SERVICE');
  else if (check.lastStatusCheckResult === 'NEW_INFORMATION') out.push('NEW_INFORMATION');
  else if (check.lastStatusCheckOn === null || check.lastStatusCheckOn.getTime() < addDays(day, -STATUS_CHECK_DAYS).getTime())
    out.push('STATUS_CHECK_DUE');
  if (check.result === 'INFORMATION_DISCLOSED') out.push('INFORMATION_DISCLOSED');
  return out;
}

/** Judges each of the PA's certificates and answers with the one that falls shortest (the newest of equals). */
export function dbsSufficiency(checks: readonly DbsCheckModel[], need: Need, day: Date = today()): DbsSufficiencyResult {
  let best: { check: DbsCheckModel; shortfalls: DbsShortfall[] } | null = null;
  for (const check of [...checks].filter((c) => c.certificateIssuedOn !== null).sort(newestFirst)) {
    const shortfalls = shortfallsOf(check, need, day);
    if (!best || shortfalls.length < best.shortfalls.length) best = { check, shortfalls };
  }
  return {
    sufficient: best !== null && best.shortfalls.length === 0,
    requiredLevel: need.level,
    adultsBarredListRequired: need.adults,
    childrenBarredListRequired: need.children,
    check: best ? recordView(best.check) : null,
    shortfalls: best ? best.shortfalls : ['NO_CERTIFICATE'],
  };
}
