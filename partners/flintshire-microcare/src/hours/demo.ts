/**
 * Demo hours returns and rates, grounded in the 2022 evaluation: each client's weekly hours
 * delivered as visits of an hour from their first day to the day before the demo anchor
 * (personal care on Monday, Wednesday and Friday, support on Tuesday, well-being on Thursday;
 * support-only clients an hour of support on Tuesday and of well-being on Friday), and
 * Flintshire's published rates by funding route. Private hours are valued at the direct-payment
 * rate: the evaluation found micro-carers align their private charges to it.
 */
import type { DemoRegion } from '@continuum/demo';
import type { MicroCareRateRoute } from '../generated/resolvers-types.ts';

const DAY_MS = 86_400_000;
const PERSONAL_CARE_WEEK: Record<number, string> = {
  1: 'PERSONAL_CARE',
  2: 'SUPPORT',
  3: 'PERSONAL_CARE',
  4: 'WELL_BEING',
  5: 'PERSONAL_CARE',
};
const SUPPORT_WEEK: Record<number, string> = { 2: 'SUPPORT', 5: 'WELL_BEING' };

export interface DemoHoursClient {
  id: string;
  start: Date;
  end: Date | null;
  personalCare: boolean;
}

/** One row per visit, ids from `idOf` so every run seeds the same rows. */
export function demoHours(clients: readonly DemoHoursClient[], asOf: string, idOf: (label: string) => string) {
  const last = Date.parse(`${asOf}T00:00:00Z`) - DAY_MS;
  return clients.flatMap((c) => {
    const week = c.personalCare ? PERSONAL_CARE_WEEK : SUPPORT_WEEK;
    const until = Math.min(last, c.end?.getTime() ?? last);
    const rows = [];
    for (let t = c.start.getTime(); t <= until; t += DAY_MS) {
      const category = week[new Date(t).getUTCDay()];
      if (category) {
        const deliveredOn = new Date(t);
        rows.push({ id: idOf(`hours/${c.id}/${t}`), clientId: c.id, deliveredOn, category, hours: 1 });
      }
    }
    return rows;
  });
}

/** Flintshire's rates from the region's reference data (the evaluation's 2021/22 rates and the April 2022 uplift). */
export function demoRates(region: DemoRegion, councilGssCode: string) {
  const council = region.councils.find((c) => c.gssCode === councilGssCode);
  const rates = (council?.rates ?? []).filter((r) => r.kind !== 'SLEEP_IN');
  const row = (route: MicroCareRateRoute, r: { hourlyRate: number; effectiveFrom: string }) => ({
    fundingRoute: route,
    effectiveFrom: new Date(`${r.effectiveFrom}T00:00:00Z`),
    hourlyRate: r.hourlyRate,
  });
  return rates.flatMap((r) => [row(r.kind as MicroCareRateRoute, r), ...(r.kind === 'DIRECT_PAYMENT' ? [row('PRIVATE', r)] : [])]);
}
