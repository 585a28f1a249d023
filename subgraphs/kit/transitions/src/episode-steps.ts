import {
  isoDate,
  badUserInput,
  conflict,
  notFound,
  requireId,
  type RawStatements,
  type TransactionRunner,
  lockName,
  lockTransition,
} from '@continuum/runtime';
import { findEpisodeById, type EpisodeRow, type EpisodeTables } from './episode-tables.ts';

/**
 * Ends a funding episode on lastDay for a transition, keeping the end it had so an undo can
 * restore it. A repeat for the same transition returns the episode as it is.
 */
export async function endFundingEpisode<Tx extends RawStatements, Row extends EpisodeRow>(
  db: TransactionRunner<Tx>,
  tables: EpisodeTables<Tx, Row>,
  transitionIdArg: string,
  episodeIdArg: string,
  lastDay: Date,
): Promise<Row> {
  const transitionId = requireId(transitionIdArg, 'transitionId');
  const episodeId = requireId(episodeIdArg, 'episodeId');
  return db.$transaction(async (tx) => {
    await lockTransition(tx, transitionId);
    await lockName(tx, `episode:${episodeId}`);
    const found = await findEpisodeById(tables.delegates(tx), episodeId);
    if (!found) throw notFound('FundingEpisode', 'episodeId', episodeId);
    const { row } = found;
    if (row.endedByTransitionId === transitionId) return row;
    if (lastDay.getTime() < row.start.getTime()) {
      throw badUserInput('lastDay', `${isoDate(lastDay)} is before the episode started (${isoDate(row.start)})`);
    }
    if (row.endedByTransitionId) {
      throw conflict('episodeId', `the episode was already ended on ${isoDate(row.end)} by transition ${row.endedByTransitionId}`);
    }
    if (row.end && row.end.getTime() <= lastDay.getTime()) {
      throw conflict('episodeId', `the episode already ended on ${isoDate(row.end)}, on or before ${isoDate(lastDay)}`);
    }
    return found.table.update({
      where: { id: episodeId },
      data: { end: lastDay, endedByTransitionId: transitionId, endBeforeTransition: row.end },
    });
  });
}

/**
 * Compensation: removes the episodes this transition opened (rows that cascade from them go
 * too) and gives back the end of any episode it ended. Safe to repeat: a second run finds
 * nothing left to change.
 */
export async function undoEpisodeSteps<Tx extends RawStatements>(
  db: TransactionRunner<Tx>,
  tables: Pick<EpisodeTables<Tx, unknown>, 'names' | 'endColumn'>,
  transitionIdArg: string,
): Promise<boolean> {
  const transitionId = requireId(transitionIdArg, 'transitionId');
  await db.$transaction(async (tx) => {
    await lockTransition(tx, transitionId);
    for (const table of tables.names) {
      await tx.$executeRawUnsafe(
        `UPDATE "${table}" SET "${tables.endColumn}" = "end_before_transition", "end_before_transition" = NULL, "ended_by_transition_id" = NULL WHERE "ended_by_transition_id" = $1::uuid`,
        transitionId,
      );
      await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "opened_by_transition_id" = $1::uuid`, transitionId);
    }
  });
  return true;
}
