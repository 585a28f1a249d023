/**
 * An overlapsSql part for rows that are one a key (a council's mentor directory, a meeting's
 * attendance): the survivor's ($1) rows in `table` (named by `column`) sharing `sameColumn` with
 * another of theirs, exactly one of the two moved by the merge ($2, recorded in `rowsTable`).
 */
export function samePlaceTwiceSql(table: string, column: string, sameColumn: string, rowsTable: string): string {
  return `
    WITH place AS (
      SELECT "id", "${sameColumn}"::text AS same FROM "${table}" WHERE "${column}" = $1::uuid
    ), moved AS (
      SELECT "row_id" FROM "${rowsTable}" WHERE "merge_id" = $2::uuid
    ), pair AS (
      SELECT a."id" AS a_id, b."id" AS b_id FROM place a JOIN place b ON a.same = b.same AND a."id" <> b."id"
      WHERE a."id" IN (SELECT "row_id" FROM moved) AND b."id" NOT IN (SELECT "row_id" FROM moved)
    )
    SELECT "id"::text AS "id" FROM (SELECT a_id AS "id" FROM pair UNION SELECT b_id FROM pair) ids`;
}
