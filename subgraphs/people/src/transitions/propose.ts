import { conflict, idempotent, now, uniqueViolation } from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import type { TransitionModel } from '../generated/prisma/models.ts';
import type { ProposeTransitionInput } from '../generated/resolvers-types.ts';
import type { Coordinator } from './coordinator.ts';
import { notFoundAt } from './errors.ts';
import type { Tx } from './lock.ts';
import { checkAgainstGraph, partiesFor } from './proposal-graph.ts';
import { draftProposal } from './proposal-input.ts';
import { reconcile } from './reconcile.ts';
import { earlierResult } from './replay.ts';
import { IN_FLIGHT } from './vocabulary.ts';

const OPERATION = 'proposeTransition';

/**
 * The partial unique indexes are what make concurrent proposals give exactly one winner.
 * Either index may be the one to fire for a same-person race, so the answer names the
 * person whenever one of theirs is in flight, and the episode otherwise.
 */
async function asConflict(c: Coordinator, personId: string, err: unknown): Promise<never> {
  if (uniqueViolation(err) === null) throw err;
  if (await c.db.transition.count({ where: { personId, status: { in: IN_FLIGHT } } })) {
    throw conflict('input.personId', 'another transition is already in flight for this person');
  }
  throw conflict('input.fromEpisodeId', 'this episode is already being moved on by another transition');
}

/**
 * Validates a proposal (its own input, then what the graph knows: the person's episode, the
 * funders, the courses) and records it as PROPOSED with the parties who must agree.
 */
export async function propose(c: Coordinator, input: ProposeTransitionInput, key: string | null | undefined): Promise<TransitionModel> {
  const draft = draftProposal(input);
  const request = { operation: OPERATION, key, request: input };
  const reload = (tx: Tx, id: string) => tx.transition.findUniqueOrThrow({ where: { id } });
  const earlier = await earlierResult(c.db, request, reload);
  if (earlier) return earlier;
  if (!(await c.db.person.findUnique({ where: { id: draft.personId }, select: { id: true } })))
    throw notFoundAt('input.personId', 'no person has this hub id');
  const from = await checkAgainstGraph(c.graph, draft);
  const {
    personId,
    fromEpisodeId,
    toVehicle,
    toFunderKind,
    toFunderCode,
    effectiveDate,
    reason,
    shares,
    newPlan,
    requiredCompetences,
    proposedBy,
  } = draft;
  let created: TransitionModel;
  const at = now();
  try {
    created = await c.db.$transaction((tx) =>
      idempotent(
        tx,
        request,
        () =>
          tx.transition.create({
            data: {
              id: randomUUID(),
              ...{ personId, fromEpisodeId, toVehicle, toFunderKind, toFunderCode, effectiveDate, reason, requiredCompetences, proposedBy },
              ...from,
              shares: shares as never,
              newPlan: newPlan as never,
              parties: partiesFor(draft, from) as never,
              status: 'PROPOSED',
              proposedAt: at,
              updatedAt: at,
            },
          }),
        (id) => reload(tx, id),
      ),
    );
  } catch (err) {
    return asConflict(c, personId, err);
  }
  // Reconciled at once like after any change, so the answer is as current as it can be; the loop covers answers given later.
  await reconcile(c, [created.id]);
  return c.db.transition.findUniqueOrThrow({ where: { id: created.id } });
}
