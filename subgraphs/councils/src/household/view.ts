import type { CarePlanHouseholdModel, CarePlanModel } from '../generated/prisma/models.ts';

/** A plan's household as the graph shows it, with the council holding the plan (whose social workers alone may see it). */
export interface HouseholdView {
  plan: CarePlanModel;
  councilGssCode: string;
  members: CarePlanHouseholdModel[];
}

const CHILD_BANDS = new Set(['UNDER_5', 'AGE_5_TO_11', 'AGE_12_TO_17']);

/** How many children (or adults) live in, or regularly visit, the home. */
export function countOf(view: HouseholdView, presence: 'LIVES_IN' | 'REGULARLY_VISITS', children: boolean): number {
  return view.members
    .filter((m) => m.presence === presence && CHILD_BANDS.has(m.ageBand) === children)
    .reduce((sum, m) => sum + m.count, 0);
}

/** Bands in a fixed order: living in first, youngest first. */
const BAND_ORDER = ['UNDER_5', 'AGE_5_TO_11', 'AGE_12_TO_17', 'AGE_18_TO_64', 'AGE_65_AND_OVER'];
export const byPresenceThenBand = (a: CarePlanHouseholdModel, b: CarePlanHouseholdModel) =>
  a.presence.localeCompare(b.presence) || BAND_ORDER.indexOf(a.ageBand) - BAND_ORDER.indexOf(b.ageBand);
