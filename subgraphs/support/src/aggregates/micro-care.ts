/**
 * Micro-care "impact at a glance" as the programme's evaluation recorded it (the Flintshire tiles,
 * January 2019 to February 2022 in the seeds): historic figures only. Current micro-care, the
 * micro-carers, their clients and the hours they deliver, is the partner subgraph's
 * (microCareActivityAggregates). A period is counted only where it overlaps the months the
 * programme recorded, so an open-ended client of the programme is never counted today beside
 * the partner's own. Counts are suppressed and rounded; every sum is suppressed when fewer than
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

/** The months the programme recorded hours in, first day of the first to last day of the last; null when none. */
async function recordedSpan(db: PrismaClient): Promise<{ from: Date; to: Date } | null> {
  const span = await db.microCareHours.aggregate({ _min: { month: true }, _max: { month: true } });
  if (!span._min.month || !span._max.month) return null;
  const last = span._max.month;
  return { from: span._min.month, to: new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 0)) };
}

/** Without a period, the programme is read as a whole: its recorded months, not the last twelve. */
function programmeFilter(
  span: { from: Date; to: Date } | null,
  filter: AggregateFilterInput | null | undefined,
): AggregateFilterInput | null | undefined {
  if (filter?.from || filter?.to || !span) return filter;
  return { ...filter, ...span };
}

export async function microCareAggregates(
  db: PrismaClient,
  graph: GraphClient,
  filter: AggregateFilterInput | null | undefined,
): Promise<ResolversTypes['MicroCareAggregates']> {
  const span = await recordedSpan(db);
  const asked = aggregateScope(programmeFilter(span, filter));
  // Only the part of the period the programme recorded is counted; a period wholly outside it counts nothing.
  const overlaps = span !== null && asked.from.getTime() <= span.to.getTime() && asked.to.getTime() >= span.from.getTime();
  const scope = overlaps
    ? {
        ...asked,
        from: new Date(Math.max(asked.from.getTime(), span.from.getTime())),
        to: new Date(Math.min(asked.to.getTime(), span.to.getTime())),
      }
    : asked;
  // Businesses are held by council area, so an area is its councils.
  const [funderCouncils, area] = await Promise.all([scopedCouncilCodes(graph, scope), scopedArea(graph, scope)]);
  const councils = bothLimits(funderCouncils, area?.councilGssCodes ?? null);
  const inArea = councils ? { councilGssCode: { in: [...councils] } } : {};
  const registered = overlaps ? await db.microEnterprise.findMany({ where: { ...inArea, registeredOn: { lte: scope.to } } }) : [];
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
    recordedFrom: span?.from ?? null,
    recordedTo: span?.to ?? null,
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
