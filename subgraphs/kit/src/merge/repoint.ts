import { isoDate } from '../dates.ts';
import { badUserInput, conflict, notFound } from '../errors.ts';
import type { RawStatements, TransactionRunner } from '../transitions/clients.ts';
import { lockName } from '../transitions/locks.ts';
import { requireId } from '../validate.ts';

/** A client or transaction that can run raw statements and queries (typed structurally: any subgraph's Prisma client). */
interface RawClient extends RawStatements {
  $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): PromiseLike<T>;
}

/** Where this subgraph names people, and what counts as a clash once two people's rows are one person's. */
export interface PersonReferences<Tx extends RawClient> {
  /** Every table holding a hub person id, with the column holding it; each has a UUID `id`. */
  tables: readonly { table: string; column: string }[];
  /**
   * SQL giving `id` (text) of the survivor's ($1) records that overlap another of theirs,
   * where at least one of the two was moved by the merge ($2), in id order.
   */
  overlapsSql: string;
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
  from_person_id: string;
  to_person_id: string;
  reverted_at: Date | null;
}

const lockMerge = (tx: RawStatements, mergeId: string) => lockName(tx, `merge:${mergeId}`);

async function findMerge(tx: RawClient, mergeId: string): Promise<MergeRow | null> {
  const rows = await tx.$queryRawUnsafe<MergeRow[]>(
    'SELECT "from_person_id"::text, "to_person_id"::text, "reverted_at" FROM "person_repoint_merge" WHERE "merge_id" = $1::uuid',
    mergeId,
  );
  return rows[0] ?? null;
}

/** The merge's result as it stands: every row it moved here, and the survivor's overlaps involving them. */
async function outcome<Tx extends RawClient>(tx: Tx, refs: PersonReferences<Tx>, mergeId: string, toPersonId: string): Promise<RepointOutcome> {
  const [{ count }] = await tx.$queryRawUnsafe<{ count: number }[]>('SELECT count(*)::int AS "count" FROM "person_repoint" WHERE "merge_id" = $1::uuid', mergeId);
  const overlaps = await tx.$queryRawUnsafe<{ id: string }[]>(refs.overlapsSql, toPersonId, mergeId);
  return { mergeId, rowsMoved: count, overlaps: overlaps.map((o) => o.id) };
}

/**
 * Moves every row naming fromPersonId to toPersonId and records each one, in one transaction.
 * Nothing is refused for clashing: no record may be lost, so overlaps the merge creates are
 * moved and reported for the hub to flag. A repeat of the same merge moves nothing new and
 * answers as the first call did.
 */
export async function repointPerson<Tx extends RawClient>(
  db: TransactionRunner<Tx>,
  refs: PersonReferences<Tx>,
  args: { mergeId: string; fromPersonId: string; toPersonId: string },
): Promise<RepointOutcome> {
  const mergeId = requireId(args.mergeId, 'mergeId');
  const from = requireId(args.fromPersonId, 'fromPersonId');
  const to = requireId(args.toPersonId, 'toPersonId');
  if (from === to) throw badUserInput('toPersonId', 'is the same person as fromPersonId: a merge needs two different people');
  return db.$transaction(async (tx) => {
    await lockMerge(tx, mergeId);
    const earlier = await findMerge(tx, mergeId);
    if (earlier) {
      if (earlier.from_person_id !== from || earlier.to_person_id !== to) {
        throw conflict('mergeId', `was already used to merge person ${earlier.from_person_id} into ${earlier.to_person_id}`);
      }
      if (earlier.reverted_at) throw conflict('mergeId', `this merge was reverted on ${isoDate(earlier.reverted_at)}; merging again needs a new mergeId`);
      return outcome(tx, refs, mergeId, to);
    }
    await refs.lockPeople?.(tx, [from, to]);
    await tx.$executeRawUnsafe(
      'INSERT INTO "person_repoint_merge" ("merge_id", "from_person_id", "to_person_id") VALUES ($1::uuid, $2::uuid, $3::uuid)',
      mergeId,
      from,
      to,
    );
    for (const { table, column } of refs.tables) {
      await tx.$executeRawUnsafe(
        `WITH moved AS (UPDATE "${table}" SET "${column}" = $3::uuid WHERE "${column}" = $2::uuid RETURNING "id")
         INSERT INTO "person_repoint" ("merge_id", "table_name", "row_id", "from_person_id", "to_person_id")
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
export async function revertPersonRepoint<Tx extends RawClient>(db: TransactionRunner<Tx>, refs: PersonReferences<Tx>, mergeIdArg: string): Promise<RepointOutcome> {
  const mergeId = requireId(mergeIdArg, 'mergeId');
  return db.$transaction(async (tx) => {
    await lockMerge(tx, mergeId);
    const merge = await findMerge(tx, mergeId);
    if (!merge) throw notFound('Merge', 'mergeId', mergeId);
    if (merge.reverted_at) return { mergeId, rowsMoved: 0, overlaps: [] };
    await refs.lockPeople?.(tx, [merge.from_person_id, merge.to_person_id]);
    let rowsMoved = 0;
    for (const { table, column } of refs.tables) {
      const movedOn = await tx.$queryRawUnsafe<{ row_id: string; person_id: string }[]>(
        `SELECT r."row_id"::text, t."${column}"::text AS "person_id" FROM "person_repoint" r JOIN "${table}" t ON t."id" = r."row_id"
         WHERE r."merge_id" = $1::uuid AND r."table_name" = $2 AND r."reverted_at" IS NULL AND t."${column}" <> r."to_person_id"
         ORDER BY r."row_id" LIMIT 1`,
        mergeId,
        table,
      );
      if (movedOn.length > 0) {
        const { row_id, person_id } = movedOn[0];
        throw conflict('mergeId', `${table} ${row_id} has since moved to person ${person_id} (a later merge): revert that merge first`);
      }
      rowsMoved += await tx.$executeRawUnsafe(
        `UPDATE "${table}" t SET "${column}" = r."from_person_id" FROM "person_repoint" r
         WHERE r."merge_id" = $1::uuid AND r."table_name" = $2 AND r."reverted_at" IS NULL AND t."id" = r."row_id"`,
        mergeId,
        table,
      );
    }
    // Rows deleted since the merge have nothing to move back; they are settled all the same.
    await tx.$executeRawUnsafe('UPDATE "person_repoint" SET "reverted_at" = CURRENT_TIMESTAMP WHERE "merge_id" = $1::uuid AND "reverted_at" IS NULL', mergeId);
    await tx.$executeRawUnsafe('UPDATE "person_repoint_merge" SET "reverted_at" = CURRENT_TIMESTAMP WHERE "merge_id" = $1::uuid', mergeId);
    return { mergeId, rowsMoved, overlaps: [] };
  });
}
