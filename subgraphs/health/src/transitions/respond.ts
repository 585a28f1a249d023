import { badUserInput, conflict, idempotent, notFound, requireId, requireText } from '@continuum/kit';
import { requireOdsCode } from '../codes.ts';
import type { Context } from '../context.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { TransitionResponseModel } from '../generated/prisma/models.ts';
import type { TransitionDecision } from '../generated/resolvers-types.ts';
import { fetchTransition } from './graph-check.ts';
import { lockName } from './locks.ts';

/** Answers count only while the coordinator is still collecting them. */
const ANSWERABLE = new Set(['PROPOSED', 'AGREED']);
const MAX_NOTE = 2000;

interface RespondArgs {
  transitionId: string;
  healthBodyOdsCode: string;
  decision: TransitionDecision;
  respondedBy: string;
  note?: string | null;
  idempotencyKey?: string | null;
}

const resultId = (r: { transitionId: string; funderCode: string }) => `${r.transitionId}/${r.funderCode}`;

/**
 * An NHS body's answer to a transition it is party to: checked against the coordinator through
 * the graph, stored once per (transition, body). The same answer again returns the stored one;
 * a different answer is a CONFLICT (the proposer withdraws and proposes again instead).
 */
export async function respondAsHealthBody({ db, graph }: Context, args: RespondArgs): Promise<TransitionResponseModel> {
  const transitionId = requireId(args.transitionId, 'transitionId');
  const funderCode = requireOdsCode(args.healthBodyOdsCode, 'healthBodyOdsCode');
  const respondedBy = requireText(args.respondedBy, 'respondedBy');
  const note = args.note?.trim() || null;
  if (note && note.length > MAX_NOTE) throw badUserInput('note', `must be at most ${MAX_NOTE} characters`);
  const decision = args.decision;

  const body = await db.healthBody.findUnique({ where: { odsCode: funderCode } });
  if (!body) throw notFound('HealthBody', 'healthBodyOdsCode', funderCode);

  // A stored answer was checked when it was given: a repeat needs no trip to the graph.
  const key = { transitionId_funderCode: { transitionId, funderCode } };
  const stored = await db.transitionResponse.findUnique({ where: key });
  let status: string | null = null;
  if (!stored) {
    const transition = await fetchTransition(graph, transitionId);
    if (!transition.parties.some((p) => p.funderKind === 'HEALTH' && p.funderCode === funderCode)) {
      throw badUserInput('healthBodyOdsCode', `${body.name} (${funderCode}) is not a party to transition ${transitionId}`);
    }
    status = transition.status;
  }

  const record = async (tx: Prisma.TransactionClient): Promise<TransitionResponseModel> => {
    await lockName(tx, `response:${transitionId}:${funderCode}`);
    const existing = await tx.transitionResponse.findUnique({ where: key });
    if (existing) {
      if (existing.decision === decision) return existing;
      throw conflict(
        'decision',
        `${body.name} already answered ${existing.decision} on ${existing.respondedAt.toISOString().slice(0, 10)}; an answer cannot be changed (the proposer can withdraw and propose again)`,
      );
    }
    if (status === null) throw new Error(`the answer of ${funderCode} to ${transitionId} disappeared`);
    if (!ANSWERABLE.has(status)) throw conflict('transitionId', `the transition is already ${status}`);
    return tx.transitionResponse.create({ data: { transitionId, funderCode, decision, respondedBy, note } });
  };

  return db.$transaction((tx) =>
    idempotent(
      tx,
      { operation: 'respondToTransitionAsHealthBody', key: args.idempotencyKey, request: { transitionId, funderCode, decision, respondedBy, note } },
      async () => {
        const row = await record(tx);
        return { ...row, id: resultId(row) };
      },
      async (id) => {
        const [tid, code] = id.split('/');
        const row = await tx.transitionResponse.findUnique({ where: { transitionId_funderCode: { transitionId: tid, funderCode: code } } });
        if (!row) throw new Error(`the answer ${id} recorded under this idempotency key is missing`);
        return row;
      },
    ),
  );
}
