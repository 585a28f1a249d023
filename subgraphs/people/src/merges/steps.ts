import { GraphRefusedError, GraphUnavailableError, type GraphClient } from '@continuum/kit';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { PersonMergeModel } from '../generated/prisma/models.ts';
import { undoLocalMoves } from './local-moves.ts';
import { withLockedMerge, type Tx } from './lock.ts';
import { MERGE_SUBGRAPH_ORDER, repointIn, revertIn, type MergeSubgraph } from './subgraph-calls.ts';

export interface MergeCoordinator {
  db: PrismaClient;
  graph: GraphClient;
}

/** How a pass over a merge ended: carried as far as it could go, or refused (and undone). */
export type MergeOutcome = { kind: 'settled' } | { kind: 'unavailable'; reason: string } | { kind: 'refused'; reason: string };

export type RevertOutcome = { kind: 'reverted' } | { kind: 'unavailable'; reason: string } | { kind: 'refused'; reason: string };

const ORDER = (a: { subgraph: string }, b: { subgraph: string }) =>
  MERGE_SUBGRAPH_ORDER.indexOf(a.subgraph as MergeSubgraph) - MERGE_SUBGRAPH_ORDER.indexOf(b.subgraph as MergeSubgraph);

/**
 * Asks every subgraph not yet UNDONE to move back what this merge moved there. A subgraph
 * that never recorded the merge (NOT_FOUND) moved nothing, so it is settled too. Stops at the
 * first subgraph that cannot be reached or refuses; what was reverted stays recorded.
 */
export async function revertSubgraphs(graph: GraphClient, tx: Tx, m: PersonMergeModel): Promise<RevertOutcome> {
  const steps = (await tx.personMergeStep.findMany({ where: { mergeId: m.id, state: { not: 'UNDONE' } } })).sort(ORDER);
  for (const step of steps) {
    const where = { mergeId_subgraph: { mergeId: m.id, subgraph: step.subgraph } };
    try {
      await revertIn(graph, step.subgraph as MergeSubgraph, m.id);
    } catch (err) {
      if (err instanceof GraphRefusedError && err.code === 'NOT_FOUND') {
        // Nothing was moved there: settled.
      } else if (err instanceof GraphUnavailableError || err instanceof GraphRefusedError) {
        await tx.personMergeStep.update({ where, data: { attempts: { increment: 1 }, lastError: err.message, updatedAt: new Date() } });
        return err instanceof GraphUnavailableError ? { kind: 'unavailable', reason: err.message } : { kind: 'refused', reason: err.message };
      } else {
        throw err;
      }
    }
    // A FAILED step keeps its refusal as lastError: it says why the merge was undone.
    await tx.personMergeStep.update({ where, data: { state: 'UNDONE', attempts: { increment: 1 }, updatedAt: new Date() } });
  }
  return { kind: 'reverted' };
}

/** Backward recovery after a refusal: every subgraph moves its rows back, then the hub's own moves are undone. */
async function compensate(graph: GraphClient, tx: Tx, m: PersonMergeModel, refusal: string): Promise<MergeOutcome> {
  const reverted = await revertSubgraphs(graph, tx, m);
  // Still PENDING with its FAILED step while a subgraph cannot undo: the next pass carries on undoing.
  if (reverted.kind !== 'reverted') return { kind: 'refused', reason: `${refusal}; undoing it is not finished (${reverted.reason}) and will be retried` };
  await undoLocalMoves(tx, m);
  const now = new Date();
  await tx.personMerge.update({
    where: { id: m.id },
    data: { status: 'UNMERGED', unmergedAt: now, unmergedBy: 'hub', unmergeReason: `undone because a subgraph refused it: ${refusal}`, updatedAt: now },
  });
  return { kind: 'refused', reason: refusal };
}

async function advance(graph: GraphClient, tx: Tx, m: PersonMergeModel): Promise<MergeOutcome> {
  if (m.status !== 'PENDING') return { kind: 'settled' };
  const steps = (await tx.personMergeStep.findMany({ where: { mergeId: m.id } })).sort(ORDER);
  const failed = steps.find((s) => s.state === 'FAILED');
  if (failed) return compensate(graph, tx, m, failed.lastError ?? 'a subgraph refused the merge');
  for (const step of steps.filter((s) => s.state === 'PENDING')) {
    const where = { mergeId_subgraph: { mergeId: m.id, subgraph: step.subgraph } };
    try {
      const result = await repointIn(graph, step.subgraph as MergeSubgraph, m);
      await tx.personMergeStep.update({
        where,
        data: { state: 'DONE', rowsMoved: result.rowsMoved, overlaps: result.overlaps, attempts: { increment: 1 }, lastError: null, updatedAt: new Date() },
      });
    } catch (err) {
      // Unreachable: the step stays PENDING and a later pass tries again (forward recovery).
      if (err instanceof GraphUnavailableError) {
        await tx.personMergeStep.update({ where, data: { attempts: { increment: 1 }, lastError: err.message, updatedAt: new Date() } });
        return { kind: 'unavailable', reason: err.message };
      }
      if (!(err instanceof GraphRefusedError)) throw err;
      const refusal = `${step.subgraph} refused: ${err.message}`;
      await tx.personMergeStep.update({ where, data: { state: 'FAILED', attempts: { increment: 1 }, lastError: refusal, updatedAt: new Date() } });
      return compensate(graph, tx, m, refusal);
    }
  }
  await tx.personMerge.update({ where: { id: m.id }, data: { status: 'MERGED', updatedAt: new Date() } });
  return { kind: 'settled' };
}

/** Carries a PENDING merge as far as the subgraphs allow, under the merge's lock. */
export async function advanceMerge(c: MergeCoordinator, id: string, opts: { skipLocked?: boolean } = {}): Promise<MergeOutcome> {
  return (await withLockedMerge(c.db, id, (tx, m) => advance(c.graph, tx, m), opts)) ?? { kind: 'settled' };
}
