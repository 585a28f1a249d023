/**
 * The employments a dashboard filter covers: overlapping its period, for employers in its scope
 * (funded by its council and/or NHS body, living in its area), and the area itself.
 */
import { aggregateScope, scopedPeople, type AggregateArea, type AggregateFilterInput, type AggregateScope } from '@continuum/access';
import type { GraphClient } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';

export interface ScopedEmployment {
  employerPersonId: string;
  personalAssistantId: string;
  contractSigned: boolean;
}

export async function employmentsInScope(
  db: PrismaClient,
  graph: GraphClient,
  filter: AggregateFilterInput | null | undefined,
): Promise<{ scope: AggregateScope; area: AggregateArea | null; employments: ScopedEmployment[] }> {
  const scope = aggregateScope(filter);
  const [{ area, people: employers }, rows] = await Promise.all([
    scopedPeople(graph, scope),
    // One plain read of every employment overlapping the period (a few thousand rows).
    db.$queryRaw<ScopedEmployment[]>`
      SELECT employer_person_id::text AS "employerPersonId", personal_assistant_id::text AS "personalAssistantId", contract_signed AS "contractSigned"
      FROM employment WHERE start <= ${scope.to} AND ("end" IS NULL OR "end" >= ${scope.from})`,
  ]);
  return { scope, area, employments: employers ? rows.filter((r) => employers.has(r.employerPersonId)) : rows };
}

/**
 * PAs living in the area (by their own postcode district) with no employment in the period: on
 * the register only. No one funds them, so a funder filter does not narrow them; they count in
 * their area. Empty without an area.
 */
export async function registerOnlyPasInArea(db: PrismaClient, scope: AggregateScope, area: AggregateArea | null): Promise<string[]> {
  if (!area || area.postcodeDistricts.length === 0) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT pa.id::text AS id FROM personal_assistant pa
    WHERE pa.merged_into IS NULL AND pa.postcode_district = ANY(${area.postcodeDistricts}::text[])
      AND NOT EXISTS (
        SELECT 1 FROM employment e WHERE e.personal_assistant_id = pa.id AND e.start <= ${scope.to} AND (e."end" IS NULL OR e."end" >= ${scope.from})
      )
    ORDER BY pa.id`;
  return rows.map((r) => r.id);
}
