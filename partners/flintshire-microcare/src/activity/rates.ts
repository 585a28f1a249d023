/**
 * The council's hourly rates by funding route, each in force from its day until the next for the
 * same route: an hour is valued at the rate in force on the day it was delivered.
 */
import type { MicroCareRateModel } from '../generated/prisma/models.ts';
import type { MicroCareRateRoute } from '../generated/resolvers-types.ts';

export interface Rate {
  route: MicroCareRateRoute;
  hourlyRate: number;
  effectiveFrom: Date;
}

export const RATE_ROUTES: readonly MicroCareRateRoute[] = [
  'PRIVATE',
  'DIRECT_PAYMENT',
  'COMMISSIONED_SOLE_TRADER',
  'COMMISSIONED_WITH_EMPLOYEES',
];

/** The rate route of a client's funding: directly commissioned work is paid more to a business with employees. */
export function rateRoute(funding: string, businessForm: string): MicroCareRateRoute {
  if (funding === 'DIRECT_COMMISSIONING')
    return businessForm === 'LIMITED_COMPANY' ? 'COMMISSIONED_WITH_EMPLOYEES' : 'COMMISSIONED_SOLE_TRADER';
  return funding === 'DIRECT_PAYMENT' ? 'DIRECT_PAYMENT' : 'PRIVATE';
}

export class RateCard {
  private readonly byRoute = new Map<string, Rate[]>();

  constructor(rows: readonly MicroCareRateModel[]) {
    for (const r of rows) {
      const rate: Rate = { route: r.fundingRoute as MicroCareRateRoute, hourlyRate: Number(r.hourlyRate), effectiveFrom: r.effectiveFrom };
      this.byRoute.set(rate.route, [...(this.byRoute.get(rate.route) ?? []), rate]);
    }
    for (const rates of this.byRoute.values()) rates.sort((a, b) => a.effectiveFrom.getTime() - b.effectiveFrom.getTime());
  }

  /** The rate in force for the route on the day; null before its first rate. */
  on(route: MicroCareRateRoute, day: Date): Rate | null {
    const rates = this.byRoute.get(route) ?? [];
    let found: Rate | null = null;
    for (const r of rates) if (r.effectiveFrom.getTime() <= day.getTime()) found = r;
    return found;
  }

  /** Every rate in force on some day from `from` to `to`, by route and then date. */
  inForce(from: Date, to: Date): Rate[] {
    return RATE_ROUTES.flatMap((route) => {
      const rates = this.byRoute.get(route) ?? [];
      return rates.filter((r, i) => {
        const next = rates[i + 1];
        return r.effectiveFrom.getTime() <= to.getTime() && (!next || next.effectiveFrom.getTime() > from.getTime());
      });
    });
  }
}
