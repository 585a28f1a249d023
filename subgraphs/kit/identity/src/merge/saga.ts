/**
 * Carrying a merge of two records across subgraphs: each subgraph holding references applies
 * its step (repoint, recorded row by row, idempotent by merge id). A subgraph that cannot be
 * reached leaves its step PENDING for a later pass (forward recovery); one that refuses gets
 * every step undone and the record's own moves reversed (compensation). Used by the people
 * subgraph for person merges and by the support register for PA merges; each keeps its own
 * merge and step tables and hands this code a MergeSaga over them.
 */
import {
  graphqlError,
  now,
  badUserInput,
  conflict,
  notFound,
  GraphRefusedError,
  GraphUnavailableError,
  requireId,
  requireText,
} from '@continuum/runtime';
import type { RepointOutcome } from './repoint.ts';

export type MergeStepState = 'PENDING' | 'DONE' | 'FAILED' | 'UNDONE';

export interface MergeStepRow {
  subgraph: string;
  state: string;
  lastError: string | null;
}

/** What an attempt at a step changed (attempts are counted by the store). */
export interface MergeStepPatch {
  state?: MergeStepState;
  rowsMoved?: number;
  overlaps?: string[];
  lastError?: string | null;
}

/** One merge as the saga drives it, in the transaction holding the merge's lock. */
export interface MergeSaga {
  /** PENDING while steps remain; anything else is settled. */
  status: string;
  /** The merge's steps in the order they run. */
  steps(): Promise<MergeStepRow[]>;
  /** Records an attempt at a step. */
  record(subgraph: string, patch: MergeStepPatch): Promise<void>;
  /** Applies a subgraph's step (GraphUnavailableError / GraphRefusedError when it cannot). */
  repoint(subgraph: string): Promise<RepointOutcome>;
  /** Moves back what the step moved (NOT_FOUND: it never recorded the merge, so moved nothing). */
  revert(subgraph: string): Promise<unknown>;
  /** Reverses the owner's own moves (identifiers, match keys, the retired record's pointer). */
  undoLocalMoves(): Promise<void>;
  /** Who undoes a merge a subgraph refused (recorded as unmergedBy): "hub", "register". */
  owner: string;
  /** Records the merge's new status (MERGED, or UNMERGED with who, when and why). */
  settle(status: MergeSettlement): Promise<void>;
}

export type MergeSettlement = { status: 'MERGED' } | { status: 'UNMERGED'; unmergedAt: Date; unmergedBy: string; unmergeReason: string };

/** The settlement of a merge reversed by someone, for a reason. */
export const unmerged = (unmergedBy: string, unmergeReason: string): MergeSettlement => ({
  status: 'UNMERGED',
  unmergedAt: now(),
  unmergedBy,
  unmergeReason,
});

/** How a pass over a merge ended: carried as far as it could go, or refused (and undone). */
export type MergeOutcome = { kind: 'settled' } | { kind: 'unavailable'; reason: string } | { kind: 'refused'; reason: string };

export type RevertOutcome = { kind: 'reverted' } | { kind: 'unavailable'; reason: string } | { kind: 'refused'; reason: string };

/**
 * Asks every subgraph not yet UNDONE to move back what this merge moved there. A subgraph
 * that never recorded the merge (NOT_FOUND) moved nothing, so it is settled too. Stops at the
 * first subgraph that cannot be reached or refuses; what was reverted stays recorded.
 */
export async function revertMergeSteps(saga: MergeSaga): Promise<RevertOutcome> {
  const steps = (await saga.steps()).filter((s) => s.state !== 'UNDONE');
  for (const step of steps) {
    try {
      await saga.revert(step.subgraph);
    } catch (err) {
      if (err instanceof GraphRefusedError && err.code === 'NOT_FOUND') {
        // Nothing was moved there: settled.
      } else if (err instanceof GraphUnavailableError || err instanceof GraphRefusedError) {
        await saga.record(step.subgraph, { lastError: err.message });
        return err instanceof GraphUnavailableError
          ? { kind: 'unavailable', reason: err.message }
          : { kind: 'refused', reason: err.message };
      } else {
        throw err;
      }
    }
    // A FAILED step keeps its refusal as lastError: it says why the merge was undone.
    await saga.record(step.subgraph, { state: 'UNDONE' });
  }
  return { kind: 'reverted' };
}

/** Backward recovery after a refusal: every subgraph moves its rows back, then the owner's own moves are undone. */
async function compensate(saga: MergeSaga, refusal: string): Promise<MergeOutcome> {
  const reverted = await revertMergeSteps(saga);
  // Still PENDING with its FAILED step while a subgraph cannot undo: the next pass carries on undoing.
  if (reverted.kind !== 'reverted')
    return { kind: 'refused', reason: `${refusal}; undoing it is not finished (${reverted.reason}) and will be retried` };
  await saga.undoLocalMoves();
  await saga.settle(unmerged(saga.owner, `undone because a subgraph refused it: ${refusal}`));
  return { kind: 'refused', reason: refusal };
}

/** Carries a PENDING merge as far as the subgraphs allow (call it holding the merge's lock). */
export async function advanceMergeSaga(saga: MergeSaga): Promise<MergeOutcome> {
  if (saga.status !== 'PENDING') return { kind: 'settled' };
  const steps = await saga.steps();
  const failed = steps.find((s) => s.state === 'FAILED');
  if (failed) return compensate(saga, failed.lastError ?? 'a subgraph refused the merge');
  // An unmerge got part of the way (a subgraph was down): carrying the merge on would re-apply
  // only some steps. The unmerge is repeated instead.
  if (steps.some((s) => s.state === 'UNDONE'))
    return { kind: 'unavailable', reason: 'an unmerge of this merge is part done: repeat the unmerge to finish it' };
  for (const step of steps.filter((s) => s.state === 'PENDING')) {
    try {
      const result = await saga.repoint(step.subgraph);
      await saga.record(step.subgraph, { state: 'DONE', rowsMoved: result.rowsMoved, overlaps: result.overlaps, lastError: null });
    } catch (err) {
      // Unreachable: the step stays PENDING and a later pass tries again (forward recovery).
      if (err instanceof GraphUnavailableError) {
        await saga.record(step.subgraph, { lastError: err.message });
        return { kind: 'unavailable', reason: err.message };
      }
      if (!(err instanceof GraphRefusedError)) throw err;
      const refusal = `${step.subgraph} refused: ${err.message}`;
      await saga.record(step.subgraph, { state: 'FAILED', lastError: refusal });
      return compensate(saga, refusal);
    }
  }
  await saga.settle({ status: 'MERGED' });
  return { kind: 'settled' };
}

/** A subgraph's repoint and revert mutations, and the names of its from/to arguments. */
export interface RemoteRepointStep {
  repoint: string;
  revert: string;
  fromArg: string;
  toArg: string;
}

interface GraphRequester {
  request<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** Asks a subgraph, through the graph, to apply its step; idempotent by merge id at the subgraph. */
export async function repointThroughGraph(
  graph: GraphRequester,
  step: RemoteRepointStep,
  m: { mergeId: string; from: string; to: string },
): Promise<RepointOutcome> {
  const data = await graph.request<{ result: RepointOutcome }>(
    `mutation Repoint($mergeId: ID!, $from: ID!, $to: ID!) { result: ${step.repoint}(mergeId: $mergeId, ${step.fromArg}: $from, ${step.toArg}: $to) { mergeId rowsMoved overlaps } }`,
    m,
  );
  return data.result;
}

/** Asks a subgraph, through the graph, to move back exactly what its step moved. */
export async function revertThroughGraph(graph: GraphRequester, step: RemoteRepointStep, mergeId: string): Promise<RepointOutcome> {
  const data = await graph.request<{ result: RepointOutcome }>(
    `mutation Revert($mergeId: ID!) { result: ${step.revert}(mergeId: $mergeId) { mergeId rowsMoved overlaps } }`,
    { mergeId },
  );
  return data.result;
}

export type UnmergeResult = { kind: 'done' } | Exclude<RevertOutcome, { kind: 'reverted' }>;

/**
 * Reverses a merge (call it holding the merge's lock): each subgraph moves back exactly the rows
 * it moved, then the owner's own moves are undone and the merge is UNMERGED with who and why.
 * If a subgraph cannot be reached, what was reverted stays recorded and a repeat carries on.
 */
export async function reverseMerge(
  saga: MergeSaga,
  m: { status: string; unmergedAt: Date | null },
  survivorMergedInto: string | null,
  by: { decidedBy: string; reason: string },
): Promise<UnmergeResult> {
  if (m.status === 'UNMERGED')
    throw conflict('mergeId', `this merge was already reversed${m.unmergedAt ? ` on ${m.unmergedAt.toISOString()}` : ''}`);
  // The later merge's other record is not named; the survivor's own merges list it for whoever may see it.
  if (survivorMergedInto) throw conflict('mergeId', 'the survivor has since been merged into another record: reverse that merge first');
  const reverted = await revertMergeSteps(saga);
  if (reverted.kind !== 'reverted') return reverted;
  await saga.undoLocalMoves();
  await saga.settle(unmerged(by.decidedBy, by.reason));
  return { kind: 'done' };
}

/** An unmerge that did not finish as the caller's error: NOT_FOUND, SUBGRAPH_UNAVAILABLE (retry) or CONFLICT. */
export function requireUnmergeDone(result: UnmergeResult | null, typeName: string, mergeIdArg: string): void {
  if (!result) throw notFound(typeName, 'mergeId', mergeIdArg);
  if (result.kind === 'unavailable') {
    throw graphqlError('SUBGRAPH_UNAVAILABLE', `The merge cannot be reversed right now: ${result.reason}`, {
      field: 'mergeId',
      reason: result.reason,
    });
  }
  if (result.kind === 'refused') throw conflict('mergeId', result.reason);
}

export interface MergeArgs {
  survivorId: string;
  retiredId: string;
  decidedBy: string;
  reason: string;
}

/** A merge request checked field by field: two well-formed, different ids, who and why. */
export function mergeRequest(args: MergeArgs, noun: string): MergeArgs {
  const req = {
    survivorId: requireId(args.survivorId, 'survivorId'),
    retiredId: requireId(args.retiredId, 'retiredId'),
    decidedBy: requireText(args.decidedBy, 'decidedBy'),
    reason: requireText(args.reason, 'reason', 2000),
  };
  if (req.survivorId === req.retiredId)
    throw badUserInput('retiredId', `is the same ${noun} as survivorId: a merge needs two different records`);
  return req;
}
