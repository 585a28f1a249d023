/** The people with a PA employed on any day of a period: for the hub's funding-mix aggregate (self-funders), never a caller. */
import { badUserInput } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';

export async function employerPersonIdsInPeriod(db: PrismaClient, from: Date, to: Date): Promise<string[]> {
  if (to.getTime() < from.getTime()) throw badUserInput('to', 'must be on or after from');
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT employer_person_id::text AS id FROM employment
    WHERE start <= ${to} AND ("end" IS NULL OR "end" >= ${from}) ORDER BY 1`;
  return rows.map((r) => r.id);
}
