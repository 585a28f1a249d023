/** Employments on any day of a period, for the hub's own aggregates (self-funders, funding continuity), never a caller. */
import { badUserInput } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { ResolversTypes } from '../generated/resolvers-types.ts';

export async function employerPersonIdsInPeriod(db: PrismaClient, from: Date, to: Date): Promise<string[]> {
  if (to.getTime() < from.getTime()) throw badUserInput('to', 'must be on or after from');
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT employer_person_id::text AS id FROM employment
    WHERE start <= ${to} AND ("end" IS NULL OR "end" >= ${from}) ORDER BY 1`;
  return rows.map((r) => r.id);
}

/** Every employment overlapping a period as a span (employer, PA, first and last day), in one statement; `employerPersonIds` narrows it to those employers. */
export async function employmentSpansInPeriod(
  db: PrismaClient,
  from: Date,
  to: Date,
  employerPersonIds: string[] | null = null,
): Promise<ResolversTypes['EmploymentSpan'][]> {
  if (to.getTime() < from.getTime()) throw badUserInput('to', 'must be on or after from');
  return db.employment.findMany({
    where: {
      start: { lte: to },
      OR: [{ end: null }, { end: { gte: from } }],
      ...(employerPersonIds ? { employerPersonId: { in: employerPersonIds } } : {}),
    },
    select: { employerPersonId: true, personalAssistantId: true, start: true, end: true },
  });
}
