import { lockName } from '@continuum/kit';
import type { Prisma } from '../generated/prisma/client.ts';
import type { PersonReferences } from '@continuum/kit';

/**
 * The council's rows that name a person, and its rule for a clash: a person has at most one
 * social care episode (of any kind) on any day.
 */
export const COUNCIL_PERSON_REFERENCES: PersonReferences<Prisma.TransactionClient> = {
  tables: [
    { table: 'direct_payment', column: 'person_id' },
    { table: 'individual_service_fund', column: 'person_id' },
    { table: 'commissioned_package', column: 'person_id' },
    { table: 'care_plan', column: 'person_id' },
  ],
  overlapsSql: `
    WITH episode AS (
      SELECT "id", "start" AS first_day, COALESCE("end", 'infinity'::date) AS last_day FROM "direct_payment" WHERE "person_id" = $1::uuid
      UNION ALL
      SELECT "id", "start", COALESCE("end", 'infinity'::date) FROM "individual_service_fund" WHERE "person_id" = $1::uuid
      UNION ALL
      SELECT "id", "start", COALESCE("end", 'infinity'::date) FROM "commissioned_package" WHERE "person_id" = $1::uuid
    ), moved AS (
      SELECT "row_id" FROM "person_repoint" WHERE "merge_id" = $2::uuid
    ), pair AS (
      SELECT a."id" AS a_id, b."id" AS b_id FROM episode a JOIN episode b
        ON a."id" < b."id" AND a.first_day <= b.last_day AND b.first_day <= a.last_day
      WHERE a."id" IN (SELECT "row_id" FROM moved) OR b."id" IN (SELECT "row_id" FROM moved)
    )
    SELECT "id"::text AS "id" FROM (SELECT a_id AS "id" FROM pair UNION SELECT b_id FROM pair) ids ORDER BY "id"`,
  // startDirectPayment serialises on the person id; a merge takes the same locks, in a fixed order.
  lockPeople: async (tx, personIds) => {
    for (const id of [...personIds].sort()) await lockName(tx, id);
  },
};
