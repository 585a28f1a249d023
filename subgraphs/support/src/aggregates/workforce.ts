/**
 * The PA workforce for commissioners: distinct PAs (never double counted across employers),
 * employers, employment status, DBS currency and councils. Counts only, each suppressed and
 * rounded by the kit; no id leaves this function.
 */
import { distinctCount, personIdsByCouncil, publishBreakdown, publishCount, type AggregateFilterInput } from '@continuum/access';
import type { GraphClient } from '@continuum/runtime';
import { dbsCheckIsCurrent } from '../dbs.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { ResolversTypes } from '../generated/resolvers-types.ts';
import { employmentsInScope, registerOnlyPasInArea } from './scope-employments.ts';

const EMPLOYMENT_STATUSES = [
  { key: 'EMPLOYED', label: 'Employed by the person' },
  { key: 'SELF_EMPLOYED', label: 'Self-employed' },
] as const;

const DBS_CURRENCY = [
  { key: 'CURRENT', label: 'Current (under three years)' },
  { key: 'OUT_OF_DATE', label: 'Out of date' },
  { key: 'IN_PROGRESS', label: 'In progress' },
  { key: 'NOT_CHECKED', label: 'Not checked' },
] as const;

function dbsCurrency(status: string, checkedOn: Date | null, asAt: Date): (typeof DBS_CURRENCY)[number]['key'] {
  if (status === 'IN_PROGRESS') return 'IN_PROGRESS';
  if (status === 'NOT_CHECKED') return 'NOT_CHECKED';
  return dbsCheckIsCurrent(status, checkedOn, asAt) ? 'CURRENT' : 'OUT_OF_DATE';
}

function tally<K extends string>(keys: readonly { key: K; label: string }[], values: Iterable<K>) {
  const counts = new Map<string, number>(keys.map((k) => [k.key, 0]));
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return publishBreakdown(keys.map((k) => ({ ...k, count: counts.get(k.key) ?? 0 })));
}

export async function paWorkforceAggregates(
  db: PrismaClient,
  graph: GraphClient,
  filter: AggregateFilterInput | null | undefined,
): Promise<ResolversTypes['PaWorkforceAggregates']> {
  const { scope, area, employments } = await employmentsInScope(db, graph, filter);
  const employersOf = new Map<string, Set<string>>();
  const unsigned = new Set<string>();
  for (const e of employments) {
    if (!employersOf.has(e.personalAssistantId)) employersOf.set(e.personalAssistantId, new Set());
    employersOf.get(e.personalAssistantId)!.add(e.employerPersonId);
    if (!e.contractSigned) unsigned.add(e.personalAssistantId);
  }
  const paIds = [...employersOf.keys()];
  const [pas, councils, registerOnly] = await Promise.all([
    // Thousands of ids go as one array parameter, not one parameter each.
    db.$queryRaw<{ employmentStatus: string; dbsStatus: string; dbsCheckedOn: Date | null }[]>`
      SELECT employment_status AS "employmentStatus", dbs_status AS "dbsStatus", dbs_checked_on AS "dbsCheckedOn"
      FROM personal_assistant WHERE id = ANY(${paIds}::uuid[])`,
    personIdsByCouncil(graph, scope.from, scope.to),
    registerOnlyPasInArea(db, scope, area),
  ]);
  const byCouncil = councils.map((c) => ({
    key: c.gssCode,
    label: c.name,
    count: distinctCount(employments.filter((e) => c.personIds.has(e.employerPersonId)).map((e) => e.personalAssistantId)),
  }));
  return {
    from: scope.from,
    to: scope.to,
    personalAssistants: publishCount(paIds.length),
    employers: publishCount(distinctCount(employments.map((e) => e.employerPersonId))),
    employments: publishCount(employments.length),
    withSeveralEmployers: publishCount([...employersOf.values()].filter((s) => s.size >= 2).length),
    allContractsSigned: publishCount(paIds.length - unsigned.size),
    registerOnlyInArea: area ? publishCount(registerOnly.length) : null,
    byEmploymentStatus: tally(
      EMPLOYMENT_STATUSES,
      pas.map((p) => p.employmentStatus as 'EMPLOYED' | 'SELF_EMPLOYED'),
    ),
    byDbsCurrency: tally(
      DBS_CURRENCY,
      pas.map((p) => dbsCurrency(p.dbsStatus, p.dbsCheckedOn, scope.to)),
    ),
    byCouncil: publishBreakdown(byCouncil),
  } as ResolversTypes['PaWorkforceAggregates'];
}

/**
 * Ids of the PAs employed in scope and, with an area, the PAs living in it with no employment in
 * the period: for the training subgraph's counts, never for a dashboard.
 */
export async function personalAssistantIdsInScope(
  db: PrismaClient,
  graph: GraphClient,
  filter: AggregateFilterInput | null | undefined,
): Promise<string[]> {
  const { scope, area, employments } = await employmentsInScope(db, graph, filter);
  const registerOnly = await registerOnlyPasInArea(db, scope, area);
  return [...new Set([...employments.map((e) => e.personalAssistantId), ...registerOnly])].sort();
}
