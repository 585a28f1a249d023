import type { SubgraphServices } from '@continuum/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import { advanceMerge } from './merges/steps.ts';
import { reconcile } from './transitions/reconcile.ts';
import { IN_FLIGHT } from './transitions/vocabulary.ts';

const DEFAULT_INTERVAL_MS = 2_000;
/** Transitions (and merges) per sweep; the oldest-touched first, so none waits behind the rest for long. */
const PER_SWEEP = 500;

function intervalMs(): number {
  const raw = process.env.CONTINUUM_RECONCILE_INTERVAL_MS;
  const n = raw === undefined || raw === '' ? DEFAULT_INTERVAL_MS : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : DEFAULT_INTERVAL_MS;
}

async function sweep(db: PrismaClient, services: SubgraphServices): Promise<void> {
  const due = await db.transition.findMany({ where: { status: { in: IN_FLIGHT } }, orderBy: { updatedAt: 'asc' }, take: PER_SWEEP, select: { id: true } });
  // Rows a request is already advancing are skipped, not waited for: the next sweep sees them.
  if (due.length) await reconcile({ db, graph: services.graph }, due.map((t) => t.id), { skipLocked: true });
  // Merges left PENDING by a subgraph that was down are finished (or their undoing is) the same way.
  const pending = await db.personMerge.findMany({ where: { status: 'PENDING' }, orderBy: { updatedAt: 'asc' }, take: PER_SWEEP, select: { id: true } });
  for (const m of pending) await advanceMerge({ db, graph: services.graph }, m.id, { skipLocked: true });
}

/**
 * Re-drives transitions in flight and pending person merges every CONTINUUM_RECONCILE_INTERVAL_MS (2 s by default; 0
 * turns it off): answers given since, readiness now met, steps left pending while a funder
 * was down. One sweep at a time; stop() waits for the running one to finish.
 */
export function startReconcileLoop(db: PrismaClient, services: SubgraphServices): { stop(): Promise<void> } {
  const every = intervalMs();
  if (every === 0) return { stop: async () => {} };
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let lastProblem = '';
  const tick = () => {
    running = sweep(db, services)
      .then(() => {
        lastProblem = '';
      })
      .catch((err: Error) => {
        // Say it once, not every sweep, while the same problem lasts.
        if (!stopped && err.message !== lastProblem) console.warn(`people: reconciling transitions and merges failed: ${err.message}`);
        lastProblem = err.message;
      })
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, every);
      });
  };
  timer = setTimeout(tick, every);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
