import { conflict, idempotent, notFound, now, requireId, requireText } from '@continuum/runtime';
import type { TransitionModel } from '../generated/prisma/models.ts';
import type { Coordinator } from './coordinator.ts';

const OPERATION = 'withdrawTransition';

/**
 * Withdraws a transition that has not started applying, under the row lock so it cannot race
 * a reconcile. A repeat with the same key answers with the withdrawn transition.
 */
export async function withdraw(c: Coordinator, rawId: string, rawReason: string, key: string | null | undefined): Promise<TransitionModel> {
  const id = requireId(rawId, 'id');
  const reason = requireText(rawReason, 'reason', 1_000);
  const request = { operation: OPERATION, key, request: { id, reason } };
  return c.db.$transaction(async (tx) =>
    idempotent(
      tx,
      request,
      async () => {
        const locked = await tx.$queryRawUnsafe<{ status: string }[]>('SELECT status FROM "transition" WHERE id = $1::uuid FOR UPDATE', id);
        if (!locked.length) throw notFound('Transition', 'id', rawId);
        const status = locked[0].status;
        if (status !== 'PROPOSED' && status !== 'AGREED') throw conflict('id', `already ${status}`);
        const at = now();
        return tx.transition.update({ where: { id }, data: { status: 'WITHDRAWN', statusReason: reason, completedAt: at, updatedAt: at } });
      },
      (resultId) => tx.transition.findUniqueOrThrow({ where: { id: resultId } }),
    ),
  );
}
