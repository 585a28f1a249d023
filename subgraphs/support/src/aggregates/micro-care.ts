/**
 * Micro-care "impact at a glance" for commissioners (the Flintshire tiles): businesses, care
 * jobs, people supported, hours by category and year, and money kept local, for the councils a
 * filter covers. Counts are suppressed and rounded; every sum is suppressed when fewer than
 * five businesses contribute to it and otherwise rounded (hours to 10, money to £100).
 */
import {
  aggregateScope,
  publishAmount,
  publishBreakdown,
  publishCount,
  bothLimits,
  scopedArea,
  scopedCouncilCodes,
  type AggregateFilterInput,
} from '@continuum/access';
import type { GraphClient } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { ResolversTypes } from '../generated/resolvers-types.ts';

const CATEGORIES = [
  { key: 'PERSONAL_CARE', label: 'Personal care' },
  { key: 'SUPPORT', label: 'Support' },
  { key: 'WELL_BEING', label: 'Well-being' },
  { key: 'UNCATEGORISED', label: 'Recorded without a category' },
];

const READINESS = [
  { key: 'READY', label: 'Ready for direct commissioning' },
  { key: 'IN_PROGRESS', label: 'Getting ready' },
  { key: 'NOT_INTENDING', label: 'Not intending to' },
  { key: 'NOT_ASSESSED', label: 'Not yet asked' },
];

const HOURS_BASE = 10;
const MONEY_BASE = 100;
const hoursText = (n: number) => n.toLocaleString('en-GB');
const moneyText = (n: number) => `£${n.toLocaleString('en-GB')}`;

/** A sum of hours (or money) and the businesses contributing to it. */
class Tally {
  total = 0;
  readonly businesses = new Set<string>();
  add(amount: number, business: string) {
    this.total += amount;
    this.businesses.add(business);
  }
  publish(base: number, format: (n: number) => string) {
    return publishAmount(this.total, this.businesses.size, base, format);
  }
}

/** Financial year (April to March) of a month, e.g. 2021-22. */
function financialYear(month: Date): string {
  const start = month.getUTCMonth() >= 3 ? month.getUTCFullYear() : month.getUTCFullYear() - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

function firstOfMonth(day: Date): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
}

/**
 * A programme is read as a whole: without a period, the filter covers the months its hours were
 * recorded in (the first day of the first to the last day of the last), not the last twelve.
 */
async function programmeFilter(
  db: PrismaClient,
  filter: AggregateFilterInput | null | undefined,
): Promise<AggregateFilterInput | null | undefined> {
  if (filter?.from || filter?.to) return filter;
  const span = await db.microCareHours.aggregate({ _min: { month: true }, _max: { month: true } });
  if (!span._min.month || !span._max.month) return filter;
  const last = span._max.month;
  return { ...filter, from: span._min.month, to: new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 0)) };
}

export async function microCareAggregates(
  db: PrismaClient,
  graph: GraphClient,
  filter: AggregateFilterInput | null | undefined,
): Promise<ResolversTypes['MicroCareAggregates']> {
  const scope = aggregateScope(await programmeFilter(db, filter));
  // Businesses are held by council area, so an area is its councils.
  const [funderCouncils, area] = await Promise.all([scopedCouncilCodes(graph, scope), scopedArea(graph, scope)]);
  const councils = bothLimits(funderCouncils, area?.councilGssCodes ?? null);
  const inArea = councils ? { councilGssCode: { in: [...councils] } } : {};
  const registered = await db.microEnterprise.findMany({ where: { ...inArea, registeredOn: { lte: scope.to } } });
  const ids = registered.map((b) => b.id);
  const [hours, clients] = await Promise.all([
    // Hours are monthly: a month counts when its first day falls in the period's months.
    db.microCareHours.findMany({ where: { enterpriseId: { in: ids }, month: { gte: firstOfMonth(scope.from), lte: scope.to } } }),
    db.microCareClient.count({
      where: { enterpriseId: { in: ids }, start: { lte: scope.to }, OR: [{ end: null }, { end: { gte: scope.from } }] },
    }),
  ]);
  const all = new Tally();
  const money = new Tally();
  const byCategory = new Map(CATEGORIES.map((c) => [c.key, new Tally()]));
  const byYear = new Map<string, Tally>();
  for (const h of hours) {
    const amount = Number(h.hours);
    all.add(amount, h.enterpriseId);
    byCategory.get(h.category)?.add(amount, h.enterpriseId);
    const year = financialYear(h.month);
    if (!byYear.has(year)) byYear.set(year, new Tally());
    byYear.get(year)!.add(amount, h.enterpriseId);
    if (h.hourlyRate !== null) money.add(amount * Number(h.hourlyRate), h.enterpriseId);
  }
  const by = (key: string) => registered.filter((b) => b.directCommissioning === key).length;
  return {
    from: scope.from,
    to: scope.to,
    businesses: publishCount(registered.length),
    newBusinesses: publishCount(registered.filter((b) => b.registeredOn.getTime() >= scope.from.getTime()).length),
    careJobs: publishCount(
      registered.reduce((n, b) => n + 1 + (b.agencyOn && b.agencyOn.getTime() <= scope.to.getTime() ? b.employees : 0), 0),
    ),
    becameAgencies: publishCount(registered.filter((b) => b.agencyOn && b.agencyOn.getTime() <= scope.to.getTime()).length),
    startedByFormerPas: publishCount(registered.filter((b) => b.formerPa).length),
    qualityFrameworkCompleted: publishCount(
      registered.filter((b) => b.qualityFrameworkCompletedOn && b.qualityFrameworkCompletedOn.getTime() <= scope.to.getTime()).length,
    ),
    directCommissioning: publishBreakdown(READINESS.map((r) => ({ ...r, count: by(r.key) }))),
    peopleSupported: publishCount(clients),
    totalHours: all.publish(HOURS_BASE, hoursText),
    hoursByCategory: CATEGORIES.map((c) => ({ ...c, amount: byCategory.get(c.key)!.publish(HOURS_BASE, hoursText) })),
    hoursByFinancialYear: [...byYear.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([year, t]) => ({ key: year, label: year, amount: t.publish(HOURS_BASE, hoursText) })),
    moneyKeptLocal: money.publish(MONEY_BASE, moneyText),
  } as ResolversTypes['MicroCareAggregates'];
}
