import { inTurn, startSweepLoop } from '@continuum/runtime';
import type { SubgraphServices } from '@continuum/subgraph';
import type { PrismaClient } from './generated/prisma/client.ts';
import { backfillPaMatchKeys } from './matching/keys.ts';
import { advancePaMerge } from './pa-merges/steps.ts';

/** PA merges per sweep, the oldest-touched first. */
const PER_SWEEP = 100;

async function sweepPendingMerges(db: PrismaClient, services: SubgraphServices): Promise<void> {
  const due = await db.paMerge.findMany({
    where: { status: 'PENDING' },
    orderBy: { updatedAt: 'asc' },
    take: PER_SWEEP,
    select: { id: true },
  });
  // A merge a request is advancing now is left to it, not waited for.
  for (const { id } of due) await advancePaMerge({ db, graph: services.graph }, id, { skipLocked: true });
}

/**
 * Every CONTINUUM_RECONCILE_INTERVAL_MS (0 turns it off): carries on PA merges left PENDING while
 * training was down (reconcilePaMerge does the same on request). The first sweep also keys any PA
 * held without match keys (a register loaded before matching existed), so registration finds them.
 * With replicas, one sweeps at a time (inTurn); the others skip that round.
 */
export function startSupportBackground(db: PrismaClient, services: SubgraphServices): { stop(): Promise<void> } {
  let keyed = false;
  return startSweepLoop(
    'support: keying PAs and carrying PA merges on',
    () =>
      inTurn(db, 'support:pa-merges', async () => {
        if (!keyed) {
          await backfillPaMatchKeys(db);
          keyed = true;
        }
        await sweepPendingMerges(db, services);
      }).then(() => {}),
    services.logger,
  );
}
