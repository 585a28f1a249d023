/**
 * Current micro-care figures for the shared filter (dashboard D1): businesses, people supported,
 * and hours delivered by kind of care and funding route, each hour valued at the rate in force
 * on its day. Counts are suppressed and rounded; a sum of hours or money is suppressed when fewer
 * than five micro-carers contribute to it, and otherwise rounded (hours to 10, money to £100).
 */
import { aggregateScope, publishAmount, publishCount, type AggregateFilterInput } from '@continuum/access';
import type { Context } from '../context.ts';
import type { MicroCareActivityAggregates, MicroCareActivityRow } from '../generated/resolvers-types.ts';
import { coversFlintshire } from './area.ts';
import { RateCard, rateRoute } from './rates.ts';

const CATEGORIES = [
  { key: 'PERSONAL_CARE', label: 'Personal care' },
  { key: 'SUPPORT', label: 'Support' },
  { key: 'WELL_BEING', label: 'Well-being' },
];

const FUNDING_ROUTES = [
  { key: 'PRIVATE', label: 'Paid privately' },
  { key: 'DIRECT_PAYMENT', label: 'Direct payment' },
  { key: 'DIRECT_COMMISSIONING', label: 'Commissioned directly by the council' },
];

const HOURS_BASE = 10;
const MONEY_BASE = 100;
const hoursText = (n: number) => n.toLocaleString('en-GB');
const moneyText = (n: number) => `£${n.toLocaleString('en-GB')}`;

/** Hours and their value over a group, the micro-carers contributing to each, and the people. */
class Tally {
  hours = 0;
  value = 0;
  readonly carers = new Set<string>();
  readonly valuedBy = new Set<string>();
  readonly people = new Set<string>();

  add(hours: number, rate: number | null, carer: string, person: string) {
    this.hours += hours;
    this.carers.add(carer);
    this.people.add(person);
    if (rate !== null) {
      this.value += hours * rate;
      this.valuedBy.add(carer);
    }
  }

  row(key: string, label: string, people = this.people.size): MicroCareActivityRow {
    return { key, label, people: publishCount(people), ...this.published() };
  }

  published() {
    return {
      hours: publishAmount(this.hours, this.carers.size, HOURS_BASE, hoursText),
      value: publishAmount(this.value, this.valuedBy.size, MONEY_BASE, moneyText),
    };
  }
}

export async function microCareActivityAggregates(
  { db }: Context,
  filter: AggregateFilterInput | null | undefined,
): Promise<MicroCareActivityAggregates> {
  const scope = aggregateScope(filter);
  const ours = coversFlintshire(scope);
  const [carers, clients, hours, rates] = ours
    ? await Promise.all([
        db.microCarer.findMany({ where: { joinedOn: { lte: scope.to } } }),
        db.microCareClient.findMany({ where: { start: { lte: scope.to }, OR: [{ end: null }, { end: { gte: scope.from } }] } }),
        db.microCareHours.findMany({ where: { deliveredOn: { gte: scope.from, lte: scope.to } } }),
        db.microCareRate.findMany(),
      ])
    : [[], [], [], []];
  const card = new RateCard(rates);
  const carerOf = new Map(carers.map((c) => [c.id, c]));
  // Hours may be delivered under an arrangement that ended before the period's last day: load those too.
  const known = new Map(clients.map((c) => [c.id, c]));
  const missing = [...new Set(hours.map((h) => h.clientId).filter((id) => !known.has(id)))];
  if (missing.length) for (const c of await db.microCareClient.findMany({ where: { id: { in: missing } } })) known.set(c.id, c);

  const all = new Tally();
  const byCategory = new Map(CATEGORIES.map((c) => [c.key, new Tally()]));
  const byFunding = new Map(FUNDING_ROUTES.map((f) => [f.key, new Tally()]));
  for (const h of hours) {
    const client = known.get(h.clientId)!;
    const carer = carerOf.get(client.microCarerId);
    if (!carer) continue;
    const rate = card.on(rateRoute(client.funding, carer.businessForm), h.deliveredOn);
    const amount = Number(h.hours);
    for (const t of [all, byCategory.get(h.category), byFunding.get(client.funding)])
      t?.add(amount, rate?.hourlyRate ?? null, carer.id, client.personId);
  }
  const fundedBy = (key: string) =>
    new Set(clients.filter((c) => c.funding === key && carerOf.has(c.microCarerId)).map((c) => c.personId)).size;
  const supported = new Set(clients.filter((c) => carerOf.has(c.microCarerId)).map((c) => c.personId));
  const { hours: totalHours, value: totalValue } = all.published();
  return {
    from: scope.from,
    to: scope.to,
    businesses: publishCount(carers.length),
    peopleSupported: publishCount(supported.size),
    totalHours,
    totalValue,
    byCategory: CATEGORIES.map((c) => byCategory.get(c.key)!.row(c.key, c.label)),
    byFundingRoute: FUNDING_ROUTES.map((f) => byFunding.get(f.key)!.row(f.key, f.label, fundedBy(f.key))),
    ratesInForce: ours ? card.inForce(scope.from, scope.to) : [],
  };
}
