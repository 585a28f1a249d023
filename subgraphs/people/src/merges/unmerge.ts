import { conflict, notFound, requireId, requireText } from '@continuum/kit';
import { GraphQLError } from 'graphql';
import type { PersonMergeModel } from '../generated/prisma/models.ts';
import { undoLocalMoves } from './local-moves.ts';
import { withLockedMerge } from './lock.ts';
import { revertSubgraphs, type MergeCoordinator, type RevertOutcome } from './steps.ts';

interface UnmergeArgs {
  mergeId: string;
  decidedBy: string;
  reason: string;
}

type UnmergeResult = { kind: 'done' } | Exclude<RevertOutcome, { kind: 'reverted' }>;

/**
 * Reverses a merge: each subgraph moves back exactly the rows it moved, then the hub moves the
 * identifiers and match keys back and the retired person stands alone again. If a subgraph
 * cannot be reached, what was reverted stays recorded and a repeat carries on from there.
 */
export async function unmergePeople(c: MergeCoordinator, args: UnmergeArgs): Promise<PersonMergeModel> {
  const id = requireId(args.mergeId, 'mergeId');
  const decidedBy = requireText(args.decidedBy, 'decidedBy');
  const reason = requireText(args.reason, 'reason', 2000);
  const result = await withLockedMerge(c.db, id, async (tx, m): Promise<UnmergeResult> => {
    if (m.status === 'UNMERGED') throw conflict('mergeId', `this merge was already reversed${m.unmergedAt ? ` on ${m.unmergedAt.toISOString()}` : ''}`);
    const survivor = await tx.person.findUniqueOrThrow({ where: { id: m.survivorId } });
    if (survivor.mergedInto) throw conflict('mergeId', `the survivor has since been merged into ${survivor.mergedInto}: reverse that merge first`);
    const reverted = await revertSubgraphs(c.graph, tx, m);
    if (reverted.kind !== 'reverted') return reverted;
    await undoLocalMoves(tx, m);
    const now = new Date();
    await tx.personMerge.update({ where: { id }, data: { status: 'UNMERGED', unmergedAt: now, unmergedBy: decidedBy, unmergeReason: reason, updatedAt: now } });
    return { kind: 'done' };
  });
  if (!result) throw notFound('PersonMerge', 'mergeId', args.mergeId);
  if (result.kind === 'unavailable') {
    throw new GraphQLError(`The merge cannot be reversed right now: ${result.reason}`, { extensions: { code: 'SUBGRAPH_UNAVAILABLE', field: 'mergeId', reason: result.reason } });
  }
  if (result.kind === 'refused') throw conflict('mergeId', result.reason);
  return c.db.personMerge.findUniqueOrThrow({ where: { id } });
}
