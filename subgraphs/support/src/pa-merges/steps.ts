import {
  advanceMergeSaga,
  repointPersonalAssistant,
  repointThroughGraph,
  revertPersonalAssistantRepoint,
  revertThroughGraph,
  type MergeOutcome,
  type MergeSaga,
  type RemoteRepointStep,
} from '@continuum/identity';
import { now, type GraphClient } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { PaMergeModel } from '../generated/prisma/models.ts';
import type { Tx } from '../matching/tx.ts';
import { undoPaLocalMoves } from './local-moves.ts';
import { withLockedPaMerge } from './lock.ts';
import { PA_MERGE_STEP_ORDER, SUPPORT_PA_REFERENCES } from './references.ts';

/** Training's own mutations for its step of a PA merge (idempotent by merge id). */
const TRAINING_STEP: RemoteRepointStep = {
  repoint: 'repointPersonalAssistantInTraining',
  revert: 'revertPersonalAssistantRepointInTraining',
  fromArg: 'fromPersonalAssistantId',
  toArg: 'toPersonalAssistantId',
};

export interface PaMergeCoordinator {
  db: PrismaClient;
  graph: GraphClient;
}

const ORDER = (a: { subgraph: string }, b: { subgraph: string }) =>
  PA_MERGE_STEP_ORDER.indexOf(a.subgraph as (typeof PA_MERGE_STEP_ORDER)[number]) -
  PA_MERGE_STEP_ORDER.indexOf(b.subgraph as (typeof PA_MERGE_STEP_ORDER)[number]);

/** A PA merge as the kit's merge saga drives it: steps in pa_merge_step, this register's own rows moved in their own transaction. */
export function paMergeSaga(c: PaMergeCoordinator, tx: Tx, m: PaMergeModel): MergeSaga {
  const where = (subgraph: string) => ({ mergeId_subgraph: { mergeId: m.id, subgraph } });
  const ids = { mergeId: m.id, from: m.retiredId, to: m.survivorId };
  return {
    status: m.status,
    steps: async () => (await tx.paMergeStep.findMany({ where: { mergeId: m.id } })).sort(ORDER),
    record: async (subgraph, patch) => {
      await tx.paMergeStep.update({ where: where(subgraph), data: { ...patch, attempts: { increment: 1 }, updatedAt: now() } });
    },
    repoint: (subgraph) =>
      subgraph === 'SUPPORT'
        ? repointPersonalAssistant(c.db, SUPPORT_PA_REFERENCES, {
            mergeId: m.id,
            fromPersonalAssistantId: m.retiredId,
            toPersonalAssistantId: m.survivorId,
          })
        : repointThroughGraph(c.graph, TRAINING_STEP, ids),
    revert: (subgraph) =>
      subgraph === 'SUPPORT'
        ? revertPersonalAssistantRepoint(c.db, SUPPORT_PA_REFERENCES, m.id)
        : revertThroughGraph(c.graph, TRAINING_STEP, m.id),
    undoLocalMoves: () => undoPaLocalMoves(tx, m),
    owner: 'register',
    settle: async (status) => {
      await tx.paMerge.update({ where: { id: m.id }, data: { ...status, updatedAt: now() } });
    },
  };
}

/** Carries a PENDING PA merge as far as the subgraphs allow, under the merge's lock. */
export async function advancePaMerge(c: PaMergeCoordinator, id: string, opts: { skipLocked?: boolean } = {}): Promise<MergeOutcome> {
  return (await withLockedPaMerge(c.db, id, (tx, m) => advanceMergeSaga(paMergeSaga(c, tx, m)), opts)) ?? { kind: 'settled' };
}
