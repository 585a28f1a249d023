import type { PersonReferences } from '@continuum/identity';
import type { Prisma } from '../generated/prisma/client.ts';

/**
 * The rows here that name a PA (training records, competences among them), and what counts as
 * an overlap once two PA records are one: the same course recorded for both. Neither is lost;
 * both are reported for the register to review.
 */
export const TRAINING_PA_REFERENCES: PersonReferences<Prisma.TransactionClient> = {
  tables: [{ table: 'training_record', column: 'personal_assistant_id' }],
  movedFromColumn: { training_record: 'moved_from_pa_id' },
  overlapsSql: `
    WITH record AS (
      SELECT "id", "course_id" FROM "training_record" WHERE "personal_assistant_id" = $1::uuid
    ), moved AS (
      SELECT "row_id" FROM "pa_repoint" WHERE "merge_id" = $2::uuid
    ), pair AS (
      SELECT a."id" AS a_id, b."id" AS b_id FROM record a JOIN record b ON a."course_id" = b."course_id" AND a."id" <> b."id"
      WHERE a."id" IN (SELECT "row_id" FROM moved) AND b."id" NOT IN (SELECT "row_id" FROM moved)
    )
    SELECT "id"::text AS "id" FROM (SELECT a_id AS "id" FROM pair UNION SELECT b_id FROM pair) ids ORDER BY "id"`,
};
