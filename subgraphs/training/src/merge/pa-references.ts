import type { PersonReferences } from '@continuum/identity';
import type { Prisma } from '../generated/prisma/client.ts';

/**
 * The rows here that name a PA (training records, competences among them, Care Certificate
 * workplace assessments, and an assessor's own PA record, which they may not assess), and what counts as an overlap once two PA records are one: the same
 * course recorded for both, or the same standard assessed for both. Neither is lost; both are
 * reported for the register to review.
 */
export const TRAINING_PA_REFERENCES: PersonReferences<Prisma.TransactionClient> = {
  tables: [
    { table: 'training_record', column: 'personal_assistant_id' },
    { table: 'care_certificate_assessment', column: 'personal_assistant_id' },
    { table: 'care_certificate_assessor', column: 'personal_assistant_id' },
  ],
  movedFromColumn: { training_record: 'moved_from_pa_id', care_certificate_assessment: 'moved_from_pa_id' },
  overlapsSql: `
    WITH record AS (
      SELECT "id", "course_id"::text AS same FROM "training_record" WHERE "personal_assistant_id" = $1::uuid
      UNION ALL
      SELECT "id", 'standard ' || "standard" FROM "care_certificate_assessment" WHERE "personal_assistant_id" = $1::uuid
    ), moved AS (
      SELECT "row_id" FROM "pa_repoint" WHERE "merge_id" = $2::uuid
    ), pair AS (
      SELECT a."id" AS a_id, b."id" AS b_id FROM record a JOIN record b ON a.same = b.same AND a."id" <> b."id"
      WHERE a."id" IN (SELECT "row_id" FROM moved) AND b."id" NOT IN (SELECT "row_id" FROM moved)
    )
    SELECT "id"::text AS "id" FROM (SELECT a_id AS "id" FROM pair UNION SELECT b_id FROM pair) ids ORDER BY "id"`,
};
