import type { PrismaClient } from '../generated/prisma/client.ts';

/** An unregistered micro-carer may support at most four people at once (RISCA's rule of four). */
export const RULE_OF_FOUR = 4;

/** How many people each business supports at some time in the period (at least as many as on any one day of it). */
export async function peopleSupported(db: PrismaClient, enterpriseIds: string[], from: Date, to: Date): Promise<Map<string, number>> {
  if (enterpriseIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; n: number }[]>`
    SELECT c.enterprise_id AS id, count(*)::int AS n FROM micro_care_client c
    WHERE c.enterprise_id = ANY(${enterpriseIds}::uuid[]) AND c.start <= ${to}::date AND (c."end" IS NULL OR c."end" >= ${from}::date)
    GROUP BY c.enterprise_id`;
  return new Map(rows.map((r) => [r.id, r.n]));
}
