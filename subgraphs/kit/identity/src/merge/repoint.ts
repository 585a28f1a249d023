import {
  isoDate,
  badUserInput,
  conflict,
  notFound,
  type RawStatements,
  type TransactionRunner,
  lockName,
  requireId,
} from '@continuum/runtime';

/** A client or transaction that can run raw statements and queries (typed structurally: any subgraph's Prisma client). */
interface RawClient extends RawStatements {
  $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): PromiseLike<T>;
}

/**
 * Whose references a merge moves, and where it records them: people (merged by the people
 * subgraph) or personal assistants (merged by the support register). Each kind has its own
 * ledger tables with the same shape:
 *   <merges> ("merge_id" PK, <from> UUID, <to> UUID, "repointed_at", "reverted_at")
 *   <rows>   ("merge_id", "table_name", "row_id", <from>, <to>, "moved_at", "reverted_at")
 */
export interface RepointSubject {
  /** In errors: "person", "personal assistant". */
  noun: string;
  /** The mutation's argument names, for errors on them. */
  fromArg: string;
  toArg: string;
  mergesTable: string;
  rowsTable: string;
  fromColumn: string;
  toColumn: string;
}

export const PERSON_SUBJECT: RepointSubject = {
  noun: 'person',
  fromArg: 'fromPersonId',
  toArg: 'toPersonId',
  mergesTable: 'person_repoint_merge',
  rowsTable: 'person_repoint',
  fromColumn: 'from_person_id',
  toColumn: 'to_person_id',
};

export const PERSONAL_ASSISTANT_SUBJECT: RepointSubject = {
  noun: 'personal assistant',
  fromArg: 'fromPersonalAssistantId',
  toArg: 'toPersonalAssistantId',
  mergesTable: 'pa_repoint_merge',
  rowsTable: 'pa_repoint',
  fromColumn: 'from_pa_id',
  toColumn: 'to_pa_id',
};

/** Where this subgraph names people (or PAs), and what counts as a clash once two records' rows are one's. */
export interface PersonReferences<Tx extends RawClient> {
  /** People unless given. */
  subject?: RepointSubject;
  /** Every table holding a hub id of the subject, with the column holding it; each has a UUID `id`. */
  tables: readonly { table: string; column: string }[];
  /**
   * SQL giving `id` (text) of the survivor's ($1) records that overlap another of theirs,
   * where at least one of the two was moved by the merge ($2), in id order.
   */
  overlapsSql: string;
  /**
   * Per table, a column recording the id a row was first moved from (left as it was when
   * already set, cleared on revert when this merge set it), for unique keys that must let
   * the survivor hold the retired record's rows beside its own.
   */
  movedFromColumn?: Partial<Record<string, string>>;
  /** Takes the locks this subgraph's own writes take for a person, so a merge cannot race them. */
  lockPeople?(tx: Tx, personIds: string[]): Promise<void>;
}

/** What one subgraph's step of a person merge (or of its revert) did. */
export interface RepointOutcome {
  mergeId: string;
  rowsMoved: number;
  overlaps: string[];
}

interface MergeRow {
  from_id: string;
  to_id: string;
  reverted_at: Date | null;
}

const lockMerge = (tx: RawStatements, mergeId: string) => lockName(tx, `merge:${mergeId}`);

async function findMerge(tx: RawClient, s: RepointSubject, mergeId: string): Promise<MergeRow | null> {
  const rows = await tx.$queryRawUnsafe<MergeRow[]>(
    `SELECT "${s.fromColumn}"::text AS "from_id", "${s.toColumn}"::text AS "to_id", "reverted_at" FROM "${s.mergesTable}" WHERE "merge_id" = $1::uuid`,
    mergeId,
  );
  return rows[0] ?? null;
}

/** The merge's result as it stands: every row it moved here, and the survivor's overlaps involving them. */
async function outcome<Tx extends RawClient>(
  tx: Tx,
  refs: PersonReferences<Tx>,
  mergeId: string,
  toPersonId: string,
): Promise<RepointOutcome> {
  const s = refs.subject ?? PERSON_SUBJECT;
  const [{ count }] = await tx.$queryRawUnsafe<{ count: number }[]>(
    `SELECT count(*)::int AS "count" FROM "${s.rowsTable}" WHERE "merge_id" = $1::uuid`,
    mergeId,
  );
  const overlaps = await tx.$queryRawUnsafe<{ id: string }[]>(refs.overlapsSql, toPersonId, mergeId);
  return { mergeId, rowsMoved: count, overlaps: overlaps.map((o) => o.id) };
}

/**
 * Moves every row naming fromPersonId to toPersonId and records each one, in one transaction.
 * Nothing is refused for clashing: no record may be lost, so overlaps the merge creates are
 * moved and reported for the hub to flag. A repeat of the same merge moves nothing new and
 * answers as the first call did.
 */
export function repointPerson<Tx extends RawClient>(
  db: TransactionRunner<Tx>,
  refs: PersonReferences<Tx>,
  args: { mergeId: string; fromPersonId: string; toPersonId: string },
): Promise<RepointOutcome> {
  return repointReferences(db, refs, { mergeId: args.mergeId, from: args.fromPersonId, to: args.toPersonId });
}

/** As repointPerson, for the rows naming a personal assistant. */
export function repointPersonalAssistant<Tx extends RawClient>(
  db: TransactionRunner<Tx>,
  refs: PersonReferences<Tx>,
  args: { mergeId: string; fromPersonalAssistantId: string; toPersonalAssistantId: string },
): Promise<RepointOutcome> {
  return repointReferences(
    db,
    { ...refs, subject: PERSONAL_ASSISTANT_SUBJECT },
    { mergeId: args.mergeId, from: args.fromPersonalAssistantId, to: args.toPersonalAssistantId },
  );
}

async function repointReferences<Tx extends RawClient>(
  db: TransactionRunner<Tx>,
  refs: PersonReferences<Tx>,
  args: { mergeId: string; from: string; to: string },
): Promise<RepointOutcome> {
  const s = refs.subject ?? PERSON_SUBJECT;
  const mergeId = requireId(args.mergeId, 'mergeId');
  const from = requireId(args.from, s.fromArg);
  const to = requireId(args.to, s.toArg);
  if (from === to) throw badUserInput(s.toArg, `is the same ${s.noun} as ${s.fromArg}: a merge needs two different records`);
  return db.$transaction(async (tx) => {
    await lockMerge(tx, mergeId);
    const earlier = await findMerge(tx, s, mergeId);
    if (earlier) {
      if (earlier.from_id !== from || earlier.to_id !== to) {
        throw conflict('mergeId', `was already used to merge ${s.noun} ${earlier.from_id} into ${earlier.to_id}`);
      }
      if (earlier.reverted_at)
        throw conflict('mergeId', `this merge was reverted on ${isoDate(earlier.reverted_at)}; merging again needs a new mergeId`);
      return outcome(tx, refs, mergeId, to);
    }
    await refs.lockPeople?.(tx, [from, to]);
    await tx.$executeRawUnsafe(
      `INSERT INTO "${s.mergesTable}" ("merge_id", "${s.fromColumn}", "${s.toColumn}") VALUES ($1::uuid, $2::uuid, $3::uuid)`,
      mergeId,
      from,
      to,
    );
    for (const { table, column } of refs.tables) {
      const movedFrom = refs.movedFromColumn?.[table];
      const alsoSet = movedFrom ? `, "${movedFrom}" = COALESCE("${movedFrom}", $2::uuid)` : '';
      await tx.$executeRawUnsafe(
        `WITH moved AS (UPDATE "${table}" SET "${column}" = $3::uuid${alsoSet} WHERE "${column}" = $2::uuid RETURNING "id")
         INSERT INTO "${s.rowsTable}" ("merge_id", "table_name", "row_id", "${s.fromColumn}", "${s.toColumn}")
         SELECT $1::uuid, $4, "id", $2::uuid, $3::uuid FROM moved`,
        mergeId,
        from,
        to,
        table,
      );
    }
    return outcome(tx, refs, mergeId, to);
  });
}

/**
 * Moves exactly the rows a merge recorded back to the retired person (rows added for the
 * survivor since are left alone). A repeat moves nothing more. Refused, with nothing written,
 * when a later merge has since moved one of the rows on: that one must be reverted first.
 */
export async function revertPersonRepoint<Tx extends RawClient>(
  db: TransactionRunner<Tx>,
  refs: PersonReferences<Tx>,
  mergeIdArg: string,
): Promise<RepointOutcome> {
  const s = refs.subject ?? PERSON_SUBJECT;
  const mergeId = requireId(mergeIdArg, 'mergeId');
  return db.$transaction(async (tx) => {
    await lockMerge(tx, mergeId);
    const merge = await findMerge(tx, s, mergeId);
    if (!merge) throw notFound('Merge', 'mergeId', mergeId);
    if (merge.reverted_at) return { mergeId, rowsMoved: 0, overlaps: [] };
    await refs.lockPeople?.(tx, [merge.from_id, merge.to_id]);
    let rowsMoved = 0;
    for (const { table, column } of refs.tables) {
      const movedOn = await tx.$queryRawUnsafe<{ row_id: string; person_id: string }[]>(
        `SELECT r."row_id"::text, t."${column}"::text AS "person_id" FROM "${s.rowsTable}" r JOIN "${table}" t ON t."id" = r."row_id"
         WHERE r."merge_id" = $1::uuid AND r."table_name" = $2 AND r."reverted_at" IS NULL AND t."${column}" <> r."${s.toColumn}"
         ORDER BY r."row_id" LIMIT 1`,
        mergeId,
        table,
      );
      if (movedOn.length > 0) {
        const { row_id, person_id } = movedOn[0];
        throw conflict('mergeId', `${table} ${row_id} has since moved to ${s.noun} ${person_id} (a later merge): revert that merge first`);
      }
      const movedFrom = refs.movedFromColumn?.[table];
      const alsoSet = movedFrom ? `, "${movedFrom}" = NULLIF(t."${movedFrom}", r."${s.fromColumn}")` : '';
      rowsMoved += await tx.$executeRawUnsafe(
        `UPDATE "${table}" t SET "${column}" = r."${s.fromColumn}"${alsoSet} FROM "${s.rowsTable}" r
         WHERE r."merge_id" = $1::uuid AND r."table_name" = $2 AND r."reverted_at" IS NULL AND t."id" = r."row_id"`,
        mergeId,
        table,
      );
    }
    // Rows deleted since the merge have nothing to move back; they are settled all the same.
    await tx.$executeRawUnsafe(
      `UPDATE "${s.rowsTable}" SET "reverted_at" = CURRENT_TIMESTAMP WHERE "merge_id" = $1::uuid AND "reverted_at" IS NULL`,
      mergeId,
    );
    await tx.$executeRawUnsafe(`UPDATE "${s.mergesTable}" SET "reverted_at" = CURRENT_TIMESTAMP WHERE "merge_id" = $1::uuid`, mergeId);
    return { mergeId, rowsMoved, overlaps: [] };
  });
}

/** As revertPersonRepoint, for a merge of two personal assistants. */
export function revertPersonalAssistantRepoint<Tx extends RawClient>(
  db: TransactionRunner<Tx>,
  refs: PersonReferences<Tx>,
  mergeId: string,
): Promise<RepointOutcome> {
  return revertPersonRepoint(db, { ...refs, subject: PERSONAL_ASSISTANT_SUBJECT }, mergeId);
}

/**
 * An overlapsSql for dated rows ("start", nullable "end"): the survivor's rows in `table` (named
 * by `column`) that share `sameColumn` with another of theirs over days both cover, at least one
 * of the two moved by the merge (recorded in `rowsTable`). E.g. two employments of one PA by one
 * employer at once.
 */
export function overlappingSpansSql(table: string, column: string, sameColumn: string, rowsTable: string): string {
  return `
    WITH span AS (
      SELECT "id", "${sameColumn}" AS same, "start" AS first_day, COALESCE("end", 'infinity'::date) AS last_day
      FROM "${table}" WHERE "${column}" = $1::uuid
    ), moved AS (
      SELECT "row_id" FROM "${rowsTable}" WHERE "merge_id" = $2::uuid
    ), pair AS (
      SELECT a."id" AS a_id, b."id" AS b_id FROM span a JOIN span b
        ON a."id" < b."id" AND a.same = b.same AND a.first_day <= b.last_day AND b.first_day <= a.last_day
      WHERE a."id" IN (SELECT "row_id" FROM moved) OR b."id" IN (SELECT "row_id" FROM moved)
    )
    SELECT "id"::text AS "id" FROM (SELECT a_id AS "id" FROM pair UNION SELECT b_id FROM pair) ids ORDER BY "id"`;
}

/**
 * Overlaps among a person's episodes held in several tables (one episode of any kind a day):
 * the ids of every pair that overlaps once merged, at least one of the two moved by the merge.
 */
export function overlappingEpisodesSql(
  episodes: readonly { table: string; start: string; end: string }[],
  column: string,
  rowsTable: string,
): string {
  const union = episodes
    .map(
      (e) =>
        `SELECT "id", "${e.start}" AS first_day, COALESCE("${e.end}", 'infinity'::date) AS last_day FROM "${e.table}" WHERE "${column}" = $1::uuid`,
    )
    .join('\n      UNION ALL\n      ');
  return `
    WITH episode AS (
      ${union}
    ), moved AS (
      SELECT "row_id" FROM "${rowsTable}" WHERE "merge_id" = $2::uuid
    ), pair AS (
      SELECT a."id" AS a_id, b."id" AS b_id FROM episode a JOIN episode b
        ON a."id" < b."id" AND a.first_day <= b.last_day AND b.first_day <= a.last_day
      WHERE a."id" IN (SELECT "row_id" FROM moved) OR b."id" IN (SELECT "row_id" FROM moved)
    )
    SELECT "id"::text AS "id" FROM (SELECT a_id AS "id" FROM pair UNION SELECT b_id FROM pair) ids ORDER BY "id"`;
}
