import {
  now,
  badUserInput,
  conflict,
  notFound,
  type GraphClient,
  idempotent,
  requireId,
  requireText,
  type RawStatements,
  type TransactionRunner,
  lockName,
} from '@continuum/runtime';
import { fetchTransition } from './transition-check.ts';

/** Answers count only while the coordinator is still collecting them. */
const ANSWERABLE = new Set(['PROPOSED', 'AGREED']);
const MAX_NOTE = 2000;

/** The columns of the `transition_response` table both funder subgraphs keep. */
export interface TransitionResponseRow {
  transitionId: string;
  funderCode: string;
  decision: string;
  respondedAt: Date;
}

type ResponseKey = { transitionId_funderCode: { transitionId: string; funderCode: string } };

/** The Prisma delegate for `transition_response`, as far as an answer uses it. */
export interface TransitionResponseTable<Row> {
  findUnique(args: { where: ResponseKey }): PromiseLike<Row | null>;
  create(args: {
    data: { transitionId: string; funderCode: string; decision: string; respondedBy: string; note: string | null; respondedAt: Date };
  }): PromiseLike<Row>;
}

interface AnswerTx<Row> extends RawStatements {
  $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): Promise<T>;
  transitionResponse: TransitionResponseTable<Row>;
}

export interface AnswerDb<Row, Tx extends AnswerTx<Row>> extends TransactionRunner<Tx> {
  transitionResponse: TransitionResponseTable<Row>;
}

/** What tells one funder subgraph's answers apart. */
export interface AnsweringFunder {
  kind: 'COUNCIL' | 'HEALTH';
  /** The argument naming the funder (e.g. councilGssCode), the field its errors are on. */
  codeField: string;
  /** The entity a NOT_FOUND names (e.g. Council). */
  entity: string;
  /** The idempotency operation, the mutation's name. */
  operation: string;
  /** Finishes "The transition could not be checked, so …" when the graph is down. */
  notWritten: string;
  requireCode(value: string, field: string): string;
  find(code: string): PromiseLike<{ name: string } | null>;
}

export interface AnswerArgs<D extends string> {
  transitionId: string;
  /** The funder's code as given, checked by AnsweringFunder.requireCode. */
  code: string;
  decision: D;
  respondedBy: string;
  note?: string | null;
  idempotencyKey?: string | null;
}

const resultId = (r: { transitionId: string; funderCode: string }) => `${r.transitionId}/${r.funderCode}`;

/**
 * A funder's answer to a transition it is party to: checked against the coordinator through
 * the graph, stored once per (transition, funder). The same answer again returns the stored
 * one; a different answer is a CONFLICT (the proposer withdraws and proposes again instead).
 */
export async function answerTransition<Row extends TransitionResponseRow, Tx extends AnswerTx<Row>, D extends string>(
  db: AnswerDb<Row, Tx>,
  graph: GraphClient,
  funder: AnsweringFunder,
  args: AnswerArgs<D>,
): Promise<Row> {
  const transitionId = requireId(args.transitionId, 'transitionId');
  const funderCode = funder.requireCode(args.code, funder.codeField);
  const respondedBy = requireText(args.respondedBy, 'respondedBy');
  const note = args.note?.trim() || null;
  if (note && note.length > MAX_NOTE) throw badUserInput('note', `must be at most ${MAX_NOTE} characters`);
  const decision = args.decision;

  const found = await funder.find(funderCode);
  if (!found) throw notFound(funder.entity, funder.codeField, funderCode);

  // A stored answer was checked when it was given: a repeat needs no trip to the graph.
  const key = { transitionId_funderCode: { transitionId, funderCode } };
  const stored = await db.transitionResponse.findUnique({ where: key });
  let status: string | null = null;
  if (!stored) {
    const transition = await fetchTransition(graph, transitionId, funder.notWritten);
    // A transition the funder is not party to is none of its business: answered as one that does not exist, nothing written.
    if (!transition.parties.some((p) => p.funderKind === funder.kind && p.funderCode === funderCode))
      throw notFound('Transition', 'transitionId', transitionId);
    status = transition.status;
  }

  const record = async (tx: Tx): Promise<Row> => {
    await lockName(tx, `response:${transitionId}:${funderCode}`);
    const existing = await tx.transitionResponse.findUnique({ where: key });
    if (existing) {
      if (existing.decision === decision) return existing;
      throw conflict(
        'decision',
        `${found.name} already answered ${existing.decision} on ${existing.respondedAt.toISOString().slice(0, 10)}; an answer cannot be changed (the proposer can withdraw and propose again)`,
      );
    }
    if (status === null) throw new Error(`the answer of ${funderCode} to ${transitionId} disappeared`);
    if (!ANSWERABLE.has(status)) throw conflict('transitionId', `the transition is already ${status}`);
    return tx.transitionResponse.create({ data: { transitionId, funderCode, decision, respondedBy, note, respondedAt: now() } });
  };

  return db.$transaction((tx) =>
    idempotent(
      tx,
      { operation: funder.operation, key: args.idempotencyKey, request: { transitionId, funderCode, decision, respondedBy, note } },
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
