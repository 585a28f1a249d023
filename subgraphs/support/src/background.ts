import { startSweepLoop, type SubgraphServices } from '@continuum/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import { backfillPaMatchKeys } from './matching/keys.ts';
import { advancePaMerge } from './pa-merges/steps.ts';

/** PA merges per sweep, the oldest-touched first. */
const PER_SWEEP = 100;

async function sweepPendingMerges(db: PrismaClient, services: SubgraphServices): Promise<void> {
  const due = await db.paMerge.findMany({ where: { status: 'PENDING' }, orderBy: { updatedAt: 'asc' }, take: PER_SWEEP, select: { id: true } });
  for (const { id } of due) await advancePaMerge({ db, graph: services.graph }, id);
}

/**
 * At start, keys any PA held without match keys (a register loaded before matching existed);
 * then carries PA merges left PENDING while training was down, every
 * CONTINUUM_RECONCILE_INTERVAL_MS (reconcilePaMerge does the same on request).
 */
export function startSupportBackground(db: PrismaClient, services: SubgraphServices): { stop(): Promise<void> } {
  const backfill = backfillPaMatchKeys(db).catch((err: Error) => console.warn(`support: writing PA match keys failed: ${err.message}`));
  const loop = startSweepLoop('support: carrying PA merges on', () => sweepPendingMerges(db, services));
  return {
    stop: async () => {
      await backfill;
      await loop.stop();
    },
  };
}
