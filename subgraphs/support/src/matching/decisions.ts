import {
  badUserInput,
  conflict,
  graphqlError,
  GraphRefusedError,
  GraphUnavailableError,
  now,
  requireId,
  type GraphClient,
} from '@continuum/runtime';
import {
  decisionRow,
  requireReviewStatus,
  reviewDecider,
  withLockedReview,
  type ReviewAction,
  type ReviewDecider,
  type ReviewStatus,
} from '@continuum/identity';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { PaMatchDecisionModel, PaMatchReviewModel } from '../generated/prisma/models.ts';
import { paIdentity, submittedPaIdentity } from './identity.ts';
import { writePaMatchKeys } from './keys.ts';
import { attachPaIdentifiers, createPersonalAssistant, detachPaIdentifiers } from './records.ts';
import { countPas } from './term-counts.ts';
import { paCandidatesOf, paIdentifiersOf, paSubmissionOf, submittedIdentifier, type StoredPaIdentifier } from './stored.ts';
import { TRANSACTION_OPTIONS, type Tx } from './tx.ts';

/** What a decision changed, for the review and its history. */
interface Change {
  status: ReviewStatus;
  personalAssistantId: string | null;
  fromPersonalAssistantId?: string | null;
  identifiers: StoredPaIdentifier[];
}

const REVIEW_TABLE = { table: 'pa_match_review', typeName: 'PaMatchReview', identifiersField: 'registerReference' };

/** Runs one decision under the review's row lock (see withLockedReview) and records it with who and why. */
function decidePaReview(
  db: PrismaClient,
  rawId: string,
  action: ReviewAction,
  by: ReviewDecider,
  work: (tx: Tx, review: PaMatchReviewModel) => Promise<Change>,
) {
  return withLockedReview(db, { ...REVIEW_TABLE, rawId }, TRANSACTION_OPTIONS, async (tx: Tx, id) => {
    const change = await work(tx, await tx.paMatchReview.findUniqueOrThrow({ where: { id } }));
    await tx.paMatchDecision.create({
      data: {
        ...decisionRow(id, action, change.identifiers, by),
        personalAssistantId: change.personalAssistantId,
        fromPersonalAssistantId: change.fromPersonalAssistantId ?? null,
      },
    });
    return tx.paMatchReview.update({
      where: { id },
      data: { status: change.status, personalAssistantId: change.personalAssistantId, updatedAt: now() },
    });
  });
}

function latestPaDecision(tx: Tx, reviewId: string, action?: ReviewAction): Promise<PaMatchDecisionModel | null> {
  return tx.paMatchDecision.findFirst({
    where: { reviewId, ...(action ? { action } : {}) },
    orderBy: [{ decidedAt: 'desc' }, { id: 'desc' }],
  });
}

/** OPEN → LINKED: the identity is this candidate; the register identifier is attached to them. */
export function linkPaReview(db: PrismaClient, rawId: string, rawPaId: string, decidedBy: string, reason: string) {
  const paId = requireId(rawPaId, 'personalAssistantId');
  const by = reviewDecider(decidedBy, reason);
  return decidePaReview(db, rawId, 'LINK', by, async (tx, review) => {
    requireReviewStatus(review, 'OPEN', 'LINK');
    if (!paCandidatesOf(review).some((c) => c.personId === paId))
      throw badUserInput('personalAssistantId', "is not one of the review's candidates");
    const pa = await tx.personalAssistant.findUnique({ where: { id: paId }, select: { mergedInto: true } });
    if (!pa) throw conflict('personalAssistantId', 'this candidate is no longer on the register');
    if (pa.mergedInto)
      throw conflict(
        'personalAssistantId',
        "this candidate was merged into another PA record: link to that record's review candidate instead",
      );
    const submission = paSubmissionOf(review);
    const attached = await attachPaIdentifiers(tx, paId, [submittedIdentifier(submission)]);
    // The variant this register knows them by finds them next time too.
    await writePaMatchKeys(tx, paId, submittedPaIdentity(submission));
    return { status: 'LINKED', personalAssistantId: paId, identifiers: attached };
  });
}

/** OPEN → NOT_A_MATCH: the identity is none of the candidates; a PA record is created for it. */
export function rejectPaReview(db: PrismaClient, rawId: string, decidedBy: string, reason: string) {
  const by = reviewDecider(decidedBy, reason);
  return decidePaReview(db, rawId, 'NOT_A_MATCH', by, async (tx, review) => {
    requireReviewStatus(review, 'OPEN', 'NOT_A_MATCH');
    const submission = paSubmissionOf(review);
    const identifiers = [submittedIdentifier(submission)];
    const pa = await createPersonalAssistant(tx, submission, identifiers);
    return { status: 'NOT_A_MATCH', personalAssistantId: pa.id, identifiers };
  });
}

/**
 * LINKED → NOT_A_MATCH: reverses the latest link, a reviewer's or an automatic one. The
 * identifier that link attached leaves the PA it linked to and goes with a separate PA record
 * created for the submitted identity.
 */
export function unlinkPaReview(db: PrismaClient, rawId: string, decidedBy: string, reason: string) {
  const by = reviewDecider(decidedBy, reason);
  return decidePaReview(db, rawId, 'UNLINK', by, async (tx, review) => {
    requireReviewStatus(review, 'LINKED', 'UNLINK');
    const linked = (await latestPaDecision(tx, review.id, 'LINK'))!;
    const from = review.personalAssistantId!;
    const moved = paIdentifiersOf(linked);
    await detachPaIdentifiers(tx, from, moved);
    const pa = await createPersonalAssistant(tx, paSubmissionOf(review), moved);
    return { status: 'NOT_A_MATCH', personalAssistantId: pa.id, fromPersonalAssistantId: from, identifiers: moved };
  });
}

/** Whether another subgraph holds rows naming a PA (training records); asked through the graph. */
export type HeldElsewhere = (personalAssistantId: string) => Promise<boolean>;

/** Asks training, through the graph, whether it holds training records for the PA (unreachable: GraphUnavailableError). */
export function trainingHolds(graph: GraphClient): HeldElsewhere {
  return async (id) => {
    try {
      const data = await graph.request<{ personalAssistant: { trainingRecords: { id: string }[] | null } | null }>(
        'query ($id: ID!) { personalAssistant(id: $id) { trainingRecords { id } } }',
        { id },
      );
      return (data.personalAssistant?.trainingRecords?.length ?? 0) > 0;
    } catch (err) {
      if (!(err instanceof GraphUnavailableError || err instanceof GraphRefusedError)) throw err;
      // Removing a PA record training may still name would orphan its records: refused until training answers.
      throw graphqlError(
        'SUBGRAPH_UNAVAILABLE',
        `The review cannot be reopened right now: training could not be asked about the PA record (${err.message})`,
        {
          field: 'id',
          reason: 'training could not be asked whether it holds records for the PA',
        },
      );
    }
  };
}

/** Why the PA record a not-a-match decision created cannot be removed again, or null when it can. */
async function whyPaMustStay(
  tx: Tx,
  review: PaMatchReviewModel,
  paId: string,
  created: StoredPaIdentifier[],
  heldElsewhere: HeldElsewhere,
): Promise<string | null> {
  const own = new Set(created.map((l) => `${l.organisationId}|${l.value}`));
  const held = await tx.paLocalIdentifier.findMany({ where: { personalAssistantId: paId } });
  if (held.some((l) => !own.has(`${l.organisationId}|${l.value}`)))
    return 'the PA record created for it now holds other register identifiers';
  if (await tx.employment.count({ where: { personalAssistantId: paId } })) return 'the PA record created for it has employments';
  if (await tx.paMerge.count({ where: { OR: [{ survivorId: paId }, { retiredId: paId }] } }))
    return 'the PA record created for it has taken part in a merge';
  const named = await tx.paMatchReview.count({
    where: { id: { not: review.id }, OR: [{ personalAssistantId: paId }, { candidates: { array_contains: [{ personId: paId }] } }] },
  });
  if (named) return 'another review names the PA record created for it';
  if (await heldElsewhere(paId)) return 'training records have been recorded for the PA record created for it';
  return null;
}

/**
 * NOT_A_MATCH (by rejectPaMatchReview) → OPEN: removes the PA record that decision created, while
 * nothing but this review's identifier is attached to it and nothing here or in training names
 * it, and puts the review back in the queue. While training cannot be asked, it is refused.
 */
export function reopenPaReview(db: PrismaClient, heldElsewhere: HeldElsewhere, rawId: string, decidedBy: string, reason: string) {
  const by = reviewDecider(decidedBy, reason);
  return decidePaReview(db, rawId, 'REOPEN', by, async (tx, review) => {
    requireReviewStatus(review, 'NOT_A_MATCH', 'REOPEN');
    const last = (await latestPaDecision(tx, review.id))!;
    if (last.action !== 'NOT_A_MATCH')
      throw conflict('id', 'only a not-a-match decision can be reopened; an unlinked review stays settled');
    const paId = review.personalAssistantId!;
    const created = paIdentifiersOf(last);
    const why = await whyPaMustStay(tx, review, paId, created, heldElsewhere);
    if (why) throw conflict('id', `cannot reopen: ${why}`);
    await detachPaIdentifiers(tx, paId, created);
    const removed = await tx.personalAssistant.delete({ where: { id: paId } });
    await countPas(tx, [paIdentity(removed)], -1);
    return { status: 'OPEN', personalAssistantId: null, fromPersonalAssistantId: paId, identifiers: created };
  });
}
