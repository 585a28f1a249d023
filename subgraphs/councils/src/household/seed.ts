import { insertRows } from '@continuum/runtime';
import type { DemoRegion } from '@continuum/demo';
import type { PrismaClient } from '../generated/prisma/client.ts';

/** The care plan's own columns for its care group, support reason and household record. */
export const HOUSEHOLD_COLUMNS = ['care_group', 'primary_support_reason', 'household_recorded_on', 'household_recorded_by'];

export function householdColumns(h: DemoRegion['carePlanHouseholds'][number] | undefined): unknown[] {
  return h ? [h.careGroup, h.primarySupportReason, h.householdRecordedOn, 'Demo region'] : [null, null, null, null];
}

/** Each plan's household counts (after the plans, for the foreign key). */
export async function seedHouseholdCounts(db: PrismaClient, region: DemoRegion): Promise<void> {
  const rows = region.carePlanHouseholds.flatMap((h) => h.members.map((m) => [h.carePlanId, m.presence, m.ageBand, m.count]));
  await insertRows(db, 'care_plan_household', ['care_plan_id', 'presence', 'age_band', 'count'], rows);
}
