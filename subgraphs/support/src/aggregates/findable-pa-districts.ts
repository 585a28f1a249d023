import type { PrismaClient } from '../generated/prisma/client.ts';

/** Postcode districts with at least one findable PA (a live record, not merged away), and how many. */
export function findablePaDistricts(db: PrismaClient): Promise<{ postcodeDistrict: string; findablePas: number }[]> {
  return db.$queryRaw`
    SELECT e.postcode_district AS "postcodeDistrict", count(DISTINCT pa.id)::int AS "findablePas"
    FROM register_entry e JOIN personal_assistant pa ON pa.id = e.personal_assistant_id AND pa.merged_into IS NULL
    WHERE e.findable AND e.postcode_district IS NOT NULL
    GROUP BY e.postcode_district
    ORDER BY e.postcode_district`;
}
