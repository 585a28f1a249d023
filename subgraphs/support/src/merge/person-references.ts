import type { Prisma } from '../generated/prisma/client.ts';
import type { PersonReferences } from '@continuum/kit';

/**
 * The rows here that name a person (as a PA's employer), and the rule for a clash: an employer
 * employs the same PA at most once on any day. Employing several PAs at once is normal.
 */
export const SUPPORT_PERSON_REFERENCES: PersonReferences<Prisma.TransactionClient> = {
  tables: [{ table: 'employment', column: 'employer_person_id' }],
  overlapsSql: `
    WITH employment AS (
      SELECT "id", "personal_assistant_id", "start" AS first_day, COALESCE("end", 'infinity'::date) AS last_day
      FROM "employment" WHERE "employer_person_id" = $1::uuid
    ), moved AS (
      SELECT "row_id" FROM "person_repoint" WHERE "merge_id" = $2::uuid
    ), pair AS (
      SELECT a."id" AS a_id, b."id" AS b_id FROM employment a JOIN employment b
        ON a."id" < b."id" AND a."personal_assistant_id" = b."personal_assistant_id"
        AND a.first_day <= b.last_day AND b.first_day <= a.last_day
      WHERE a."id" IN (SELECT "row_id" FROM moved) OR b."id" IN (SELECT "row_id" FROM moved)
    )
    SELECT "id"::text AS "id" FROM (SELECT a_id AS "id" FROM pair UNION SELECT b_id FROM pair) ids ORDER BY "id"`,
};
