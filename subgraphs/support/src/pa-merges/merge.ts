import { conflict, idempotentTransaction, notFound, requireId } from '@continuum/runtime';
import { mergeRequest } from '@continuum/identity';
import type { PaMergeModel } from '../generated/prisma/models.ts';
import { TRANSACTION_OPTIONS } from '../matching/tx.ts';
import { recordPaMerge } from './local-moves.ts';
import { advancePaMerge, type PaMergeCoordinator } from './steps.ts';

interface PaMergeArgs {
  survivorId: string;
  retiredId: string;
  decidedBy: string;
  reason: string;
  idempotencyKey?: string | null;
}

/**
 * Records the merge and the register's own moves in one transaction, then applies each
 * subgraph's step. A repeat with the same key answers with the first merge, carrying it on if PENDING.
 */
export async function mergePersonalAssistants(c: PaMergeCoordinator, args: PaMergeArgs): Promise<PaMergeModel> {
  const req = mergeRequest(args, 'PA record');
  const merge = await idempotentTransaction(
    c.db,
    { operation: 'mergePersonalAssistants', key: args.idempotencyKey, request: req },
    (tx) => recordPaMerge(tx, req),
    (tx, id) => tx.paMerge.findUniqueOrThrow({ where: { id } }),
    TRANSACTION_OPTIONS,
  );
  const outcome = await advancePaMerge(c, merge.id);
  if (outcome.kind === 'refused') throw conflict('retiredId', `the merge could not be applied and was undone: ${outcome.reason}`);
  return c.db.paMerge.findUniqueOrThrow({ where: { id: merge.id } });
}

/** Another pass over a PA merge: a PENDING one is carried on (or its undoing finished). */
export async function reconcilePaMerge(c: PaMergeCoordinator, idArg: string): Promise<PaMergeModel> {
  const id = requireId(idArg, 'id');
  if (!(await c.db.paMerge.findUnique({ where: { id }, select: { id: true } }))) throw notFound('PaMerge', 'id', idArg);
  await advancePaMerge(c, id);
  return c.db.paMerge.findUniqueOrThrow({ where: { id } });
}
