/**
 * People waiting in hospital or a step-up bed for care at home, for commissioners (dashboard D2):
 * how many on the period's last day and the previous period's, how long they had been delayed, and
 * those discharged in the period. An NHS body counts the records it holds; a council or an area
 * counts the people living in it (by their postcode district), whichever body holds them. Counts
 * are suppressed and rounded; medians are published only over five people or more.
 */
import {
  aggregateScope,
  areaByCode,
  bothLimits,
  personIdsInArea,
  publishCount,
  publishMedianDays,
  scopedArea,
  type AggregateFilterInput,
} from '@continuum/access';
import { addDays, notFound, type GraphClient } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { ResolversTypes } from '../generated/resolvers-types.ts';

const DAY_MS = 86_400_000;

interface Row {
  personId: string;
  setting: string;
  readyOn: Date;
  dischargedOn: Date | null;
}

const waitingOn = (day: Date) => (r: Row) => r.readyOn <= day && (r.dischargedOn === null || r.dischargedOn > day);
const daysBetween = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / DAY_MS);
const people = (rows: Row[]) => new Set(rows.map((r) => r.personId)).size;

/** The people living in the filter's council and area (null: no limit). */
async function peopleInScope(graph: GraphClient, scope: ReturnType<typeof aggregateScope>): Promise<Set<string> | null> {
  const [council, area] = await Promise.all([
    scope.councilGssCode ? areaByCode(graph, scope.councilGssCode, 'filter.councilGssCode') : null,
    scopedArea(graph, scope),
  ]);
  const [inCouncil, inArea] = await Promise.all([
    council ? personIdsInArea(graph, council) : null,
    area ? personIdsInArea(graph, area) : null,
  ]);
  return bothLimits(inCouncil, inArea);
}

export async function dischargeWaitAggregates(
  db: PrismaClient,
  graph: GraphClient,
  filter: AggregateFilterInput | null | undefined,
): Promise<ResolversTypes['DischargeWaitAggregates']> {
  const scope = aggregateScope(filter);
  let bodyId: string | null = null;
  if (scope.icbOdsCode) {
    const body = await db.healthBody.findUnique({ where: { odsCode: scope.icbOdsCode } });
    if (!body) throw notFound('health body', 'filter.icbOdsCode', scope.icbOdsCode);
    bodyId = body.id;
  }
  const living = await peopleInScope(graph, scope);
  const { from, to } = scope;
  const previousTo = addDays(from, -1);
  // Everyone waiting on either last day, or discharged in the period.
  const rows: Row[] = await db.dischargeWait.findMany({
    where: {
      readyOn: { lte: to },
      OR: [{ dischargedOn: null }, { dischargedOn: { gt: previousTo } }],
      ...(bodyId ? { healthBodyId: bodyId } : {}),
      ...(living ? { personId: { in: [...living] } } : {}),
    },
    select: { personId: true, setting: true, readyOn: true, dischargedOn: true },
  });
  const waiting = rows.filter(waitingOn(to));
  const discharged = rows.filter((r) => r.dischargedOn !== null && r.dischargedOn >= from && r.dischargedOn <= to);
  return {
    from,
    to,
    previousTo,
    waiting: publishCount(people(waiting)),
    waitingInHospital: publishCount(people(waiting.filter((r) => r.setting === 'HOSPITAL'))),
    waitingInStepUpBeds: publishCount(people(waiting.filter((r) => r.setting === 'STEP_UP_BED'))),
    previousWaiting: publishCount(people(rows.filter(waitingOn(previousTo)))),
    medianDaysDelayed: publishMedianDays(
      waiting.map((r) => daysBetween(r.readyOn, to)),
      people(waiting),
    ),
    discharged: publishCount(people(discharged)),
    medianDaysDelayedDischarged: publishMedianDays(
      discharged.map((r) => daysBetween(r.readyOn, r.dischargedOn!)),
      people(discharged),
    ),
  };
}
