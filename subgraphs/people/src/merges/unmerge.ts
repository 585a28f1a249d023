import { requireId, requireText } from '@continuum/runtime';
import { requireUnmergeDone, reverseMerge } from '@continuum/identity';
import type { PersonMergeModel } from '../generated/prisma/models.ts';
import { withLockedMerge } from './lock.ts';
import { personMergeSaga, type MergeCoordinator } from './steps.ts';

interface UnmergeArgs {
  mergeId: string;
  decidedBy: string;
  reason: string;
}

/**
 * Reverses a merge: each subgraph moves back exactly the rows it moved, then the hub moves the
 * identifiers and match keys back and the retired person stands alone again. If a subgraph
 * cannot be reached, what was reverted stays recorded and a repeat carries on from there.
 */
export async function unmergePeople(c: MergeCoordinator, args: UnmergeArgs): Promise<PersonMergeModel> {
  const id = requireId(args.mergeId, 'mergeId');
  const by = { decidedBy: requireText(args.decidedBy, 'decidedBy'), reason: requireText(args.reason, 'reason', 2000) };
  const result = await withLockedMerge(c.db, id, async (tx, m) => {
    const survivor = await tx.person.findUniqueOrThrow({ where: { id: m.survivorId } });
    return reverseMerge(personMergeSaga(c.graph, tx, m), m, survivor.mergedInto, by);
  });
  requireUnmergeDone(result, 'PersonMerge', args.mergeId);
  return c.db.personMerge.findUniqueOrThrow({ where: { id } });
}
