import { conflict, idempotentTransaction, notFound, requireId } from '@continuum/runtime';
import { mergeRequest } from '@continuum/identity';
import type { PersonMergeModel } from '../generated/prisma/models.ts';
import { TRANSACTION_OPTIONS } from '../matching/tx.ts';
import { recordMerge } from './local-moves.ts';
import { advanceMerge, type MergeCoordinator } from './steps.ts';

interface MergeArgs {
  survivorId: string;
  retiredId: string;
  decidedBy: string;
  reason: string;
  idempotencyKey?: string | null;
}

/**
 * Records the merge and the hub's own moves in one transaction, then asks the subgraphs to
 * repoint. A repeat with the same key answers with the first merge, carrying it on if PENDING.
 */
export async function mergePeople(c: MergeCoordinator, args: MergeArgs): Promise<PersonMergeModel> {
  const req = mergeRequest(args, 'person');
  const merge = await idempotentTransaction(
    c.db,
    { operation: 'mergePeople', key: args.idempotencyKey, request: req },
    (tx) => recordMerge(tx, req),
    (tx, id) => tx.personMerge.findUniqueOrThrow({ where: { id } }),
    TRANSACTION_OPTIONS,
  );
  const outcome = await advanceMerge(c, merge.id);
  if (outcome.kind === 'refused') throw conflict('retiredId', `the merge could not be applied and was undone: ${outcome.reason}`);
  return c.db.personMerge.findUniqueOrThrow({ where: { id: merge.id } });
}

/** Another pass over a merge: a PENDING one is carried on (or its undoing finished). */
export async function reconcilePersonMerge(c: MergeCoordinator, idArg: string): Promise<PersonMergeModel> {
  const id = requireId(idArg, 'id');
  if (!(await c.db.personMerge.findUnique({ where: { id }, select: { id: true } }))) throw notFound('PersonMerge', 'id', idArg);
  await advanceMerge(c, id);
  return c.db.personMerge.findUniqueOrThrow({ where: { id } });
}
