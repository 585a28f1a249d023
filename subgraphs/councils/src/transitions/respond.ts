import { conflict, idempotent, notFound, requireId, requireText, badUserInput } from '@continuum/kit';
import type { Context } from '../context.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { TransitionResponseModel } from '../generated/prisma/models.ts';
import type { TransitionDecision } from '../generated/resolvers-types.ts';
import { requireGssCode } from '../gss-code.ts';
import { fetchTransition } from './graph-check.ts';
import { lockName } from './locks.ts';

/** Answers count only while the coordinator is still collecting them. */
const ANSWERABLE = new Set(['PROPOSED', 'AGREED']);
const MAX_NOTE = 2000;

interface RespondArgs {
  transitionId: string;
  councilGssCode: string;
  decision: TransitionDecision;
  respondedBy: string;
  note?: string | null;
  idempotencyKey?: string | null;
}

const resultId = (r: { transitionId: string; funderCode: string }) => `${r.transitionId}/${r.funderCode}`;

/**
 * A council's answer to a transition it is party to: checked against the coordinator through
 * the graph, stored once per (transition, council). The same answer again returns the stored
 * one; a different answer is a CONFLICT (the proposer withdraws and proposes again instead).
 */
export async function respondAsCouncil({ db, graph }: Context, args: RespondArgs): Promise<TransitionResponseModel> {
  const transitionId = requireId(args.transitionId, 'transitionId');
  const funderCode = requireGssCode(args.councilGssCode, 'councilGssCode');
  const respondedBy = requireText(args.respondedBy, 'respondedBy');
  const note = args.note?.trim() || null;
  if (note && note.length > MAX_NOTE) throw badUserInput('note', `must be at most ${MAX_NOTE} characters`);
  const decision = args.decision;

  const council = await db.council.findUnique({ where: { gssCode: funderCode } });
  if (!council) throw notFound('Council', 'councilGssCode', funderCode);

  // A stored answer was checked when it was given: a repeat needs no trip to the graph.
  const key = { transitionId_funderCode: { transitionId, funderCode } };
  const stored = await db.transitionResponse.findUnique({ where: key });
  let status: string | null = null;
  if (!stored) {
    const transition = await fetchTransition(graph, transitionId);
    if (!transition.parties.some((p) => p.funderKind === 'COUNCIL' && p.funderCode === funderCode)) {
      throw badUserInput('councilGssCode', `${council.name} (${funderCode}) is not a party to transition ${transitionId}`);
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
        `${council.name} already answered ${existing.decision} on ${existing.respondedAt.toISOString().slice(0, 10)}; an answer cannot be changed (the proposer can withdraw and propose again)`,
      );
    }
    if (status === null) throw new Error(`the answer of ${funderCode} to ${transitionId} disappeared`);
    if (!ANSWERABLE.has(status)) throw conflict('transitionId', `the transition is already ${status}`);
    return tx.transitionResponse.create({ data: { transitionId, funderCode, decision, respondedBy, note } });
  };

  return db.$transaction((tx) =>
    idempotent(
      tx,
      { operation: 'respondToTransitionAsCouncil', key: args.idempotencyKey, request: { transitionId, funderCode, decision, respondedBy, note } },
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
