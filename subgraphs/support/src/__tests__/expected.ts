import type { DemoRegion } from '@continuum/demo';

/** What the subgraph should answer, worked out independently from the demo region's plain data. */

type Employment = DemoRegion['employments'][number];
type Pa = DemoRegion['personalAssistants'][number];

/** The day the hub runs on in tests (the pinned clock), YYYY-MM-DD. */
export function pinnedToday(): string {
  const day = process.env.CONTINUUM_TODAY;
  if (!day) throw new Error('CONTINUUM_TODAY is not set: the test setup pins it');
  return day;
}

/** Employed on the pinned day: started, and not past the last day worked. */
export function isActive(e: Employment): boolean {
  const today = pinnedToday();
  return e.start <= today && (e.end === null || e.end >= today);
}

/** A clear or disclosed check made in the three years to the pinned day. */
export function dbsCurrent(pa: Pa): boolean {
  if (!['CLEAR', 'INFORMATION_DISCLOSED'].includes(pa.dbsStatus) || !pa.dbsCheckedOn) return false;
  const today = pinnedToday();
  const cutoff = `${Number(today.slice(0, 4)) - 3}${today.slice(4)}`;
  return pa.dbsCheckedOn >= cutoff && pa.dbsCheckedOn <= today;
}

/** Timeline order: start date, then id. */
export function byStartThenId(a: Employment, b: Employment): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Register order: family name, given name, id (PostgreSQL's "C"-like order for these ASCII names). */
export function byName(a: Pa, b: Pa): number {
  for (const [x, y] of [
    [a.familyName, b.familyName],
    [a.givenName, b.givenName],
    [a.id, b.id],
  ]) {
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

export function employmentView(e: Employment) {
  return {
    id: e.id,
    employer: { id: e.employerPersonId },
    personalAssistant: { id: e.personalAssistantId },
    start: e.start,
    end: e.end,
    hoursPerWeek: e.hoursPerWeek,
    role: e.role,
    contractSigned: e.contractSigned,
    active: isActive(e),
  };
}

export const EMPLOYMENT_FIELDS = 'id employer { id } personalAssistant { id } start end hoursPerWeek role contractSigned active';
