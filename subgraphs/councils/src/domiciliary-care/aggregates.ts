/**
 * Domiciliary supply and demand for commissioners (dashboard D2): the hours of care at home waiting
 * for a provider on the period's last day and on the previous period's, how long requests had
 * waited and took to allocate, and how those closed in the period ended, by council. A request
 * counts where it is held (the filter's council, or the councils of its NHS body); an area counts
 * the people living in it, whoever holds their request. Counts are suppressed and rounded; hours
 * and medians are published only over five people or more.
 */
import {
  aggregateScope,
  personIdsInArea,
  publishAmount,
  publishBreakdown,
  publishCount,
  publishMedianDays,
  scopedArea,
  scopedCouncilCodes,
  type AggregateFilterInput,
} from '@continuum/access';
import { addDays, type GraphClient } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { DomiciliaryCareOutcome, ResolversTypes } from '../generated/resolvers-types.ts';

const OUTCOMES: { key: DomiciliaryCareOutcome; label: string }[] = [
  { key: 'AGENCY', label: 'A domiciliary care agency' },
  { key: 'MICRO_CARER', label: 'A micro-carer' },
  { key: 'PERSONAL_ASSISTANT', label: 'A personal assistant' },
  { key: 'DIRECT_PAYMENT', label: 'A direct payment' },
  { key: 'WITHDRAWN', label: 'Withdrawn' },
];

/** Waiting hours are published to the nearest 10, as micro-care hours are. */
const HOURS_BASE = 10;
const DAY_MS = 86_400_000;

interface Row {
  personId: string;
  councilId: string;
  hours: number;
  requestedOn: Date;
  closedOn: Date | null;
  outcome: string | null;
}

const waitingOn = (day: Date) => (r: Row) => r.requestedOn <= day && (r.closedOn === null || r.closedOn > day);
const daysBetween = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / DAY_MS);
const people = (rows: Row[]) => new Set(rows.map((r) => r.personId)).size;
const hours = (n: number) => `${n.toLocaleString('en-GB')} hours`;

/** Hours a week of some requests: a sum over people, rounded to 10, suppressed under five people. */
function publishHours(rows: Row[]) {
  return publishAmount(
    rows.reduce((sum, r) => sum + r.hours, 0),
    people(rows),
    HOURS_BASE,
    hours,
  );
}

export async function domiciliarySupplyAggregates(
  db: PrismaClient,
  graph: GraphClient,
  filter: AggregateFilterInput | null | undefined,
): Promise<ResolversTypes['DomiciliarySupplyAggregates']> {
  const scope = aggregateScope(filter);
  const [codes, area] = await Promise.all([scopedCouncilCodes(graph, scope), scopedArea(graph, scope)]);
  const inArea = area ? await personIdsInArea(graph, area) : null;
  const { from, to } = scope;
  const previousTo = addDays(from, -1);
  const councils = await db.council.findMany({
    where: codes ? { gssCode: { in: [...codes] } } : {},
    select: { id: true, gssCode: true, name: true },
  });
  // Every request open on either last day, or asked or closed in the period.
  const found = await db.domiciliaryCareRequest.findMany({
    where: {
      councilId: { in: councils.map((c) => c.id) },
      requestedOn: { lte: to },
      OR: [{ closedOn: null }, { closedOn: { gte: previousTo } }],
      ...(inArea ? { personId: { in: [...inArea] } } : {}),
    },
    select: { personId: true, councilId: true, hoursPerWeek: true, requestedOn: true, closedOn: true, outcome: true },
  });
  const rows: Row[] = found.map((r) => ({ ...r, hours: Number(r.hoursPerWeek) }));
  const waiting = rows.filter(waitingOn(to));
  const before = rows.filter(waitingOn(previousTo));
  const closed = rows.filter((r) => r.closedOn !== null && r.closedOn >= from && r.closedOn <= to);
  const allocated = closed.filter((r) => r.outcome !== 'WITHDRAWN');
  // With an area, only the councils of the area or holding someone living in it are listed.
  const listed = councils.filter((c) => !area || area.councilGssCodes.has(c.gssCode) || waiting.some((r) => r.councilId === c.id));
  // Ordered by the published hours (a suppressed figure after every shown one), never by exact ones.
  const shown = (hours: { value: number | null; suppressed: boolean }) => (hours.suppressed ? 0.5 : (hours.value ?? 0));
  const byCouncil = listed
    .map((c) => {
      const held = waiting.filter((r) => r.councilId === c.id);
      return {
        councilGssCode: c.gssCode,
        councilName: c.name,
        requestsWaiting: publishCount(held.length),
        unallocatedHours: publishHours(held),
      };
    })
    .sort((a, b) => shown(b.unallocatedHours) - shown(a.unallocatedHours) || a.councilName.localeCompare(b.councilName));
  return {
    from,
    to,
    previousTo,
    unallocatedHours: publishHours(waiting),
    requestsWaiting: publishCount(waiting.length),
    previousUnallocatedHours: publishHours(before),
    previousRequestsWaiting: publishCount(before.length),
    requestsMade: publishCount(rows.filter((r) => r.requestedOn >= from).length),
    medianDaysWaiting: publishMedianDays(
      waiting.map((r) => daysBetween(r.requestedOn, to)),
      people(waiting),
    ),
    medianDaysToAllocate: publishMedianDays(
      allocated.map((r) => daysBetween(r.requestedOn, r.closedOn!)),
      people(allocated),
    ),
    closedByOutcome: publishBreakdown(OUTCOMES.map((o) => ({ ...o, count: closed.filter((r) => r.outcome === o.key).length }))),
    byCouncil,
  };
}
