import { startSweepLoop, type SubgraphServices } from '@continuum/kit';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { reconcile } from './reconcile.ts';
import { IN_FLIGHT } from './vocabulary.ts';

/** Transitions per sweep; the oldest-touched first, so none waits behind the rest for long. */
const PER_SWEEP = 500;

async function sweep(db: PrismaClient, services: SubgraphServices): Promise<void> {
  const due = await db.transition.findMany({ where: { status: { in: IN_FLIGHT } }, orderBy: { updatedAt: 'asc' }, take: PER_SWEEP, select: { id: true } });
  // Rows a request is already advancing are skipped, not waited for: the next sweep sees them.
  if (due.length) await reconcile({ db, graph: services.graph }, due.map((t) => t.id), { skipLocked: true });
}

/**
 * Re-drives transitions in flight every CONTINUUM_RECONCILE_INTERVAL_MS (2 s by default; 0
 * turns it off): answers given since, readiness now met, steps left pending while a funder
 * was down.
 */
export function startReconcileLoop(db: PrismaClient, services: SubgraphServices): { stop(): Promise<void> } {
  return startSweepLoop('people: reconciling transitions', () => sweep(db, services));
}
