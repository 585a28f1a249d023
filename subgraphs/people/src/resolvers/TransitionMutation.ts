import { notFound, requireId } from '@continuum/runtime';
import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { propose } from '../transitions/propose.ts';
import { reconcile } from '../transitions/reconcile.ts';
import { withdraw } from '../transitions/withdraw.ts';

export const TransitionMutation: MutationResolvers = {
  proposeTransition: (_parent, { input, idempotencyKey }, { db, graph }) => propose({ db, graph }, input, idempotencyKey),
  withdrawTransition: (_parent, { id, reason, idempotencyKey }, { db, graph }) => withdraw({ db, graph }, id, reason, idempotencyKey),
  // Answers with the transition as far as it could be taken now; a pending step's lastError says why it stopped.
  reconcileTransition: async (_parent, { id }, { db, graph }) => {
    const transitionId = requireId(id, 'id');
    if (!(await db.transition.findUnique({ where: { id: transitionId }, select: { id: true } }))) throw notFound('Transition', 'id', id);
    await reconcile({ db, graph }, [transitionId]);
    return db.transition.findUniqueOrThrow({ where: { id: transitionId } });
  },
};
