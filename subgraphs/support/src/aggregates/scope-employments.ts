/** The employments a dashboard filter covers: overlapping its period, for employers in its scope. */
import { aggregateScope, scopedPersonIds, type AggregateFilterInput, type AggregateScope, type GraphClient } from '@continuum/kit';
import type { PrismaClient } from '../generated/prisma/client.ts';

export interface ScopedEmployment {
  employerPersonId: string;
  personalAssistantId: string;
  contractSigned: boolean;
}

export async function employmentsInScope(db: PrismaClient, graph: GraphClient, filter: AggregateFilterInput | null | undefined): Promise<{ scope: AggregateScope; employments: ScopedEmployment[] }> {
  const scope = aggregateScope(filter);
  const [employers, rows] = await Promise.all([
    scopedPersonIds(graph, scope),
    db.employment.findMany({
      where: { start: { lte: scope.to }, OR: [{ end: null }, { end: { gte: scope.from } }] },
      select: { employerPersonId: true, personalAssistantId: true, contractSigned: true },
    }),
  ]);
  return { scope, employments: employers ? rows.filter((r) => employers.has(r.employerPersonId)) : rows };
}
