/**
 * Micro-carers' free capacity today (section 7, question 17), counts only: those offering personal
 * care who can take another care client under the rule of four and have hours free, the places
 * they have left and the hours. Published with the hub's suppression and rounding.
 */
import { publishAmount, publishCount } from '@continuum/access';
import { covers, today } from '@continuum/runtime';
import { capacity } from './capacity.ts';
import type { Context } from './context.ts';
import type { MicroCareCapacityAggregates } from './generated/resolvers-types.ts';

const HOURS_BASE = 10;

export async function microCareCapacityAggregates({ db }: Context): Promise<MicroCareCapacityAggregates> {
  const day = today();
  const [carers, clients] = await Promise.all([db.microCarer.findMany(), db.microCareClient.findMany()]);
  const free = carers
    .filter((c) => c.services.includes('PERSONAL_CARE'))
    .map((c) =>
      capacity(
        c,
        clients.filter((k) => k.microCarerId === c.id && covers(k.start, k.end, day)),
      ),
    )
    .map((cap) => ({ places: cap.vacancies, hours: Math.max(0, cap.hoursAvailablePerWeek - cap.hoursCommittedPerWeek) }))
    .filter((f) => f.places > 0 && f.hours > 0);
  return {
    carersWithFreeCapacity: publishCount(free.length),
    freeCareClientPlaces: publishCount(free.reduce((n, f) => n + f.places, 0)),
    freeHoursPerWeek: publishAmount(
      free.reduce((h, f) => h + f.hours, 0),
      free.length,
      HOURS_BASE,
    ),
  };
}
