/** The employments a dashboard filter covers: overlapping its period, for employers in its scope. */
import { aggregateScope, scopedPersonIds, type AggregateFilterInput, type AggregateScope } from '@continuum/access';
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
): Promise<{ scope: AggregateScope; employments: ScopedEmployment[] }> {
  const scope = aggregateScope(filter);
  const [employers, rows] = await Promise.all([
    scopedPersonIds(graph, scope),
    // One plain read of every employment overlapping the period (a few thousand rows).
    db.$queryRaw<ScopedEmployment[]>`
      SELECT employer_person_id::text AS "employerPersonId", personal_assistant_id::text AS "personalAssistantId", contract_signed AS "contractSigned"
      FROM employment WHERE start <= ${scope.to} AND ("end" IS NULL OR "end" >= ${scope.from})`,
  ]);
  return { scope, employments: employers ? rows.filter((r) => employers.has(r.employerPersonId)) : rows };
}
