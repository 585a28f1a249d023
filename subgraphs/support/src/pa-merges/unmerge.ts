import { requireId, requireText } from '@continuum/runtime';
import { requireUnmergeDone, reverseMerge } from '@continuum/identity';
import type { PaMergeModel } from '../generated/prisma/models.ts';
import { withLockedPaMerge } from './lock.ts';
import { paMergeSaga, type PaMergeCoordinator } from './steps.ts';

interface PaUnmergeArgs {
  mergeId: string;
  decidedBy: string;
  reason: string;
}

/**
 * Reverses a PA merge: training and this register move back exactly the rows they moved, then
 * the register identifiers and match keys go back and the retired PA stands alone again. If
 * training cannot be reached, what was reverted stays recorded and a repeat carries on.
 */
export async function unmergePersonalAssistants(c: PaMergeCoordinator, args: PaUnmergeArgs): Promise<PaMergeModel> {
  const id = requireId(args.mergeId, 'mergeId');
  const by = { decidedBy: requireText(args.decidedBy, 'decidedBy'), reason: requireText(args.reason, 'reason', 2000) };
  const result = await withLockedPaMerge(c.db, id, async (tx, m) => {
    const survivor = await tx.personalAssistant.findUniqueOrThrow({ where: { id: m.survivorId } });
    return reverseMerge(paMergeSaga(c, tx, m), m, survivor.mergedInto, by);
  });
  requireUnmergeDone(result, 'PaMerge', args.mergeId);
  return c.db.paMerge.findUniqueOrThrow({ where: { id } });
}
