import { inTurn, startSweepLoop } from '@continuum/runtime';
import type { SubgraphServices } from '@continuum/subgraph';
import type { PrismaClient } from './generated/prisma/client.ts';
import { advanceMerge } from './merges/steps.ts';
import { reconcile } from './transitions/reconcile.ts';
import { IN_FLIGHT } from './transitions/vocabulary.ts';

/** Transitions (and merges) per sweep; the oldest-touched first, so none waits behind the rest for long. */
const PER_SWEEP = 500;

async function sweep(db: PrismaClient, services: SubgraphServices): Promise<void> {
  const due = await db.transition.findMany({
    where: { status: { in: IN_FLIGHT } },
    orderBy: { updatedAt: 'asc' },
    take: PER_SWEEP,
    select: { id: true },
  });
  // Rows a request is already advancing are skipped, not waited for: the next sweep sees them.
  if (due.length)
    await reconcile(
      { db, graph: services.graph },
      due.map((t) => t.id),
      { skipLocked: true },
    );
  // Merges left PENDING by a subgraph that was down are finished (or their undoing is) the same way.
  const pending = await db.personMerge.findMany({
    where: { status: 'PENDING' },
    orderBy: { updatedAt: 'asc' },
    take: PER_SWEEP,
    select: { id: true },
  });
  for (const m of pending) await advanceMerge({ db, graph: services.graph }, m.id, { skipLocked: true });
}

/**
 * Re-drives transitions in flight and pending person merges every CONTINUUM_RECONCILE_INTERVAL_MS
 * (2 s by default; 0 turns it off): answers given since, readiness now met, steps left pending
 * while a funder was down. With replicas, one sweeps at a time (inTurn); the others skip that round.
 */
export function startReconcileLoop(db: PrismaClient, services: SubgraphServices): { stop(): Promise<void> } {
  return startSweepLoop(
    'people: reconciling transitions and merges',
    () => inTurn(db, 'people:reconcile', () => sweep(db, services)).then(() => {}),
    services.logger,
  );
}
