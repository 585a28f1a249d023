import type { Prisma } from '../generated/prisma/client.ts';
import type { PersonReferences } from '@continuum/kit';

/**
 * The NHS body's rows that name a person, and its rule for a clash: a person has at most one
 * NHS funding episode (of any kind) on any day.
 */
export const HEALTH_PERSON_REFERENCES: PersonReferences<Prisma.TransactionClient> = {
  tables: [
    { table: 'personal_health_budget', column: 'person_id' },
    { table: 'chc_package', column: 'person_id' },
    { table: 'integrated_budget', column: 'person_id' },
    { table: 'chc_decision', column: 'person_id' },
    { table: 'health_plan', column: 'person_id' },
  ],
  overlapsSql: `
    WITH episode AS (
      SELECT "id", "start_date" AS first_day, COALESCE("end_date", 'infinity'::date) AS last_day FROM "personal_health_budget" WHERE "person_id" = $1::uuid
      UNION ALL
      SELECT "id", "start_date", COALESCE("end_date", 'infinity'::date) FROM "chc_package" WHERE "person_id" = $1::uuid
      UNION ALL
      SELECT "id", "start_date", COALESCE("end_date", 'infinity'::date) FROM "integrated_budget" WHERE "person_id" = $1::uuid
    ), moved AS (
      SELECT "row_id" FROM "person_repoint" WHERE "merge_id" = $2::uuid
    ), pair AS (
      SELECT a."id" AS a_id, b."id" AS b_id FROM episode a JOIN episode b
        ON a."id" < b."id" AND a.first_day <= b.last_day AND b.first_day <= a.last_day
      WHERE a."id" IN (SELECT "row_id" FROM moved) OR b."id" IN (SELECT "row_id" FROM moved)
    )
    SELECT "id"::text AS "id" FROM (SELECT a_id AS "id" FROM pair UNION SELECT b_id FROM pair) ids ORDER BY "id"`,
};
