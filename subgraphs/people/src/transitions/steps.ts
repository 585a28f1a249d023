import { GraphRefusedError, GraphUnavailableError, now } from '@continuum/runtime';
import type { TransitionModel } from '../generated/prisma/models.ts';
import type { Coordinator } from './coordinator.ts';
import { endOldEpisode, openNewEpisode, undoSteps } from './funder-calls.ts';
import { withLockedTransition, type Tx } from './lock.ts';
import { STEP_ORDER, type StepName } from './vocabulary.ts';

const STEP_LABEL: Record<StepName, string> = {
  OPEN_NEW_EPISODE: 'Opening the new episode',
  END_OLD_EPISODE: 'Ending the old episode',
};

type Progress = 'continue' | 'stop';

async function runStep(c: Coordinator, tx: Tx, t: TransitionModel, name: StepName): Promise<void> {
  if (name === 'OPEN_NEW_EPISODE') {
    const episode = await openNewEpisode(c.graph, t);
    await tx.transition.update({
      where: { id: t.id },
      data: { newEpisodeId: episode.id, newEpisodeType: episode.__typename, updatedAt: now() },
    });
  } else {
    await endOldEpisode(c.graph, t);
  }
}

/**
 * Backward recovery once a funder has refused a step: each funder removes what this
 * transition changed, so the person is left funded exactly as before. If a funder cannot be
 * reached the transition stays APPLYING with its FAILED step, and the next pass tries again.
 */
async function compensate(c: Coordinator, tx: Tx, t: TransitionModel): Promise<void> {
  let undoRefused: string | null = null;
  try {
    await undoSteps(c.graph, t);
  } catch (err) {
    if (err instanceof GraphUnavailableError) return;
    if (!(err instanceof GraphRefusedError)) throw err;
    undoRefused = err.message;
  }
  const failure = t.statusReason ?? 'A step was refused';
  const at = now();
  if (!undoRefused)
    await tx.transitionStep.updateMany({ where: { transitionId: t.id, state: 'DONE' }, data: { state: 'UNDONE', updatedAt: at } });
  await tx.transition.update({
    where: { id: t.id },
    data: undoRefused
      ? {
          status: 'FAILED',
          statusReason: `${failure}; undoing what was done was refused too, so it needs checking by hand: ${undoRefused}`,
          completedAt: at,
          updatedAt: at,
        }
      : { status: 'FAILED', statusReason: failure, completedAt: at, updatedAt: at, newEpisodeId: null, newEpisodeType: null },
  });
}

/** One step, or the transition's ending, under the row lock. */
async function advance(c: Coordinator, tx: Tx, t: TransitionModel): Promise<Progress> {
  if (t.status !== 'APPLYING') return 'stop';
  const steps = await tx.transitionStep.findMany({ where: { transitionId: t.id } });
  if (steps.some((s) => s.state === 'FAILED')) {
    await compensate(c, tx, t);
    return 'stop';
  }
  const at = now();
  const next = STEP_ORDER.find((name) => steps.find((s) => s.name === name)?.state === 'PENDING');
  if (!next) {
    await tx.transition.update({ where: { id: t.id }, data: { status: 'EFFECTIVE', completedAt: at, updatedAt: at } });
    return 'stop';
  }
  const where = { transitionId_name: { transitionId: t.id, name: next } };
  try {
    await runStep(c, tx, t, next);
    await tx.transitionStep.update({ where, data: { state: 'DONE', attempts: { increment: 1 }, lastError: null, updatedAt: at } });
    return 'continue';
  } catch (err) {
    // Unreachable: the step stays PENDING and is tried again (forward recovery).
    if (err instanceof GraphUnavailableError) {
      await tx.transitionStep.update({ where, data: { attempts: { increment: 1 }, lastError: err.message, updatedAt: at } });
      return 'stop';
    }
    if (!(err instanceof GraphRefusedError)) throw err;
    await tx.transitionStep.update({ where, data: { state: 'FAILED', attempts: { increment: 1 }, lastError: err.message, updatedAt: at } });
    const failed = await tx.transition.update({
      where: { id: t.id },
      data: { statusReason: `${STEP_LABEL[next]} was refused: ${err.message}`, updatedAt: at },
    });
    await compensate(c, tx, failed);
    return 'stop';
  }
}

/**
 * Runs an APPLYING transition's steps in order, each in its own locked transaction so what
 * is done is recorded as it happens. Concurrent callers queue on the lock and then find the
 * step already DONE: a step is never asked of a funder twice at once.
 */
export async function runSteps(c: Coordinator, id: string, opts: { skipLocked?: boolean }): Promise<void> {
  for (;;) {
    const progress = await withLockedTransition(c.db, id, (tx, t) => advance(c, tx, t), opts);
    if (progress !== 'continue') return;
  }
}
