import { advanceMergeSaga, repointThroughGraph, revertThroughGraph, type MergeOutcome, type MergeSaga } from '@continuum/identity';
import { now, type GraphClient } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { PersonMergeModel } from '../generated/prisma/models.ts';
import { undoLocalMoves } from './local-moves.ts';
import { withLockedMerge, type Tx } from './lock.ts';
import { MERGE_SUBGRAPH_ORDER, MERGE_SUBGRAPHS, type MergeSubgraph } from './subgraph-calls.ts';

export interface MergeCoordinator {
  db: PrismaClient;
  graph: GraphClient;
}

const ORDER = (a: { subgraph: string }, b: { subgraph: string }) =>
  MERGE_SUBGRAPH_ORDER.indexOf(a.subgraph as MergeSubgraph) - MERGE_SUBGRAPH_ORDER.indexOf(b.subgraph as MergeSubgraph);

/** A person merge as the kit's merge saga drives it: its steps in person_merge_step, each subgraph reached through the graph. */
export function personMergeSaga(graph: GraphClient, tx: Tx, m: PersonMergeModel): MergeSaga {
  const where = (subgraph: string) => ({ mergeId_subgraph: { mergeId: m.id, subgraph } });
  return {
    status: m.status,
    steps: async () => (await tx.personMergeStep.findMany({ where: { mergeId: m.id } })).sort(ORDER),
    record: async (subgraph, patch) => {
      await tx.personMergeStep.update({ where: where(subgraph), data: { ...patch, attempts: { increment: 1 }, updatedAt: now() } });
    },
    repoint: (subgraph) =>
      repointThroughGraph(graph, MERGE_SUBGRAPHS[subgraph as MergeSubgraph], { mergeId: m.id, from: m.retiredPersonId, to: m.survivorId }),
    revert: (subgraph) => revertThroughGraph(graph, MERGE_SUBGRAPHS[subgraph as MergeSubgraph], m.id),
    undoLocalMoves: () => undoLocalMoves(tx, m),
    owner: 'hub',
    settle: async (status) => {
      await tx.personMerge.update({ where: { id: m.id }, data: { ...status, updatedAt: now() } });
    },
  };
}

/** Carries a PENDING merge as far as the subgraphs allow, under the merge's lock. */
export async function advanceMerge(c: MergeCoordinator, id: string, opts: { skipLocked?: boolean } = {}): Promise<MergeOutcome> {
  return (await withLockedMerge(c.db, id, (tx, m) => advanceMergeSaga(personMergeSaga(c.graph, tx, m)), opts)) ?? { kind: 'settled' };
}
