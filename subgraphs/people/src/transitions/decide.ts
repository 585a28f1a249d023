import { now } from '@continuum/runtime';
import type { TransitionModel } from '../generated/prisma/models.ts';
import { verdictsFor, type Verdict } from './answers.ts';
import { isGraphError, type Coordinator } from './coordinator.ts';
import { withLockedTransition, type Tx } from './lock.ts';
import { readinessFor, type Readiness } from './readiness.ts';
import { STEP_ORDER } from './vocabulary.ts';

type Next = { status: 'REJECTED'; reason: string } | { status: 'AGREED' } | { status: 'APPLYING' };

/** Facts from the graph; when it cannot answer, nothing moves this time (the loop asks again). */
async function orElseEmpty<T>(ask: () => Promise<Map<string, T>>): Promise<Map<string, T>> {
  try {
    return await ask();
  } catch (err) {
    if (isGraphError(err)) return new Map();
    throw err;
  }
}

function nextStatus(t: TransitionModel, verdict: Verdict | undefined, readiness: Readiness | undefined): Next | null {
  if (verdict?.outcome === 'REJECTED') return { status: 'REJECTED', reason: verdict.reason };
  const agreed = t.status === 'AGREED' || verdict?.outcome === 'AGREED';
  if (agreed && readiness?.ready) return { status: 'APPLYING' };
  if (agreed && t.status === 'PROPOSED') return { status: 'AGREED' };
  return null;
}

async function apply(tx: Tx, id: string, next: Next): Promise<void> {
  const at = now();
  if (next.status === 'REJECTED') {
    await tx.transition.update({ where: { id }, data: { status: 'REJECTED', statusReason: next.reason, completedAt: at, updatedAt: at } });
    return;
  }
  await tx.transition.update({ where: { id }, data: { status: next.status, updatedAt: at } });
  // The steps are recorded before any runs, so a restart finds them and carries on.
  if (next.status === 'APPLYING') {
    await tx.transitionStep.createMany({
      data: STEP_ORDER.map((name) => ({ transitionId: id, name, state: 'PENDING', updatedAt: at })),
      skipDuplicates: true,
    });
  }
}

/**
 * PROPOSED/AGREED transitions: read the parties' answers and readiness through the graph
 * (outside any lock: they are other agencies' facts), then record what they add up to under the
 * row lock, only if no one else moved the transition meanwhile (a withdrawal, another reconcile).
 */
export async function decide(c: Coordinator, rows: TransitionModel[], opts: { skipLocked?: boolean }): Promise<void> {
  const undecided = rows.filter((t) => t.status === 'PROPOSED' || t.status === 'AGREED');
  const verdicts = await orElseEmpty(() =>
    verdictsFor(
      c.graph,
      undecided.filter((t) => t.status === 'PROPOSED'),
    ),
  );
  const agreed = undecided.filter((t) => t.status === 'AGREED' || verdicts.get(t.id)?.outcome === 'AGREED');
  const readiness = await orElseEmpty(() => readinessFor({ graph: c.graph }, agreed));
  for (const t of undecided) {
    const next = nextStatus(t, verdicts.get(t.id), readiness.get(t.id));
    if (!next) continue;
    await withLockedTransition(
      c.db,
      t.id,
      async (tx, current) => {
        if (current.status === t.status) await apply(tx, t.id, next);
      },
      opts,
    );
  }
}
