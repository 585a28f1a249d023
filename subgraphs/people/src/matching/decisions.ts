import { badUserInput, conflict, now, requireId } from '@continuum/runtime';
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
import type { MatchDecisionModel, MatchReviewModel } from '../generated/prisma/models.ts';
import { personIdentity, submittedIdentity } from './identity.ts';
import { writeMatchKeys } from './keys.ts';
import { attachIdentifiers, createPerson, detachIdentifiers } from './records.ts';
import { countPeople } from './term-counts.ts';
import { candidatesOf, identifierKey, identifiersOf, submissionOf, type StoredIdentifier } from './stored.ts';
import { TRANSACTION_OPTIONS, type Tx } from './tx.ts';

type Action = ReviewAction;

/** What a decision changed, for the review and its history. */
interface Change {
  status: ReviewStatus;
  personId: string | null;
  fromPersonId?: string | null;
  identifiers: StoredIdentifier[];
}

const who = reviewDecider;
const requireStatus = requireReviewStatus;

async function latestDecision(tx: Tx, reviewId: string, action?: Action): Promise<MatchDecisionModel | null> {
  return tx.matchDecision.findFirst({
    where: { reviewId, ...(action ? { action } : {}) },
    orderBy: [{ decidedAt: 'desc' }, { id: 'desc' }],
  });
}

/** Runs one decision under the review's row lock (see withLockedReview) and records it with who and why. */
function decideReview(
  db: PrismaClient,
  rawId: string,
  action: Action,
  by: ReviewDecider,
  work: (tx: Tx, review: MatchReviewModel) => Promise<Change>,
): Promise<MatchReviewModel> {
  const review = { table: 'match_review', typeName: 'MatchReview', rawId, identifiersField: 'localIdentifiers' };
  return withLockedReview(db, review, TRANSACTION_OPTIONS, async (tx, id) => {
    const change = await work(tx, await tx.matchReview.findUniqueOrThrow({ where: { id } }));
    await tx.matchDecision.create({
      data: { ...decisionRow(id, action, change.identifiers, by), personId: change.personId, fromPersonId: change.fromPersonId ?? null },
    });
    return tx.matchReview.update({ where: { id }, data: { status: change.status, personId: change.personId, updatedAt: now() } });
  });
}

/** OPEN → LINKED: the identity is this candidate; the agency's identifiers are attached to them. */
export function linkReview(db: PrismaClient, rawId: string, rawPersonId: string, decidedBy: string, reason: string) {
  const personId = requireId(rawPersonId, 'personId');
  const by = who(decidedBy, reason);
  return decideReview(db, rawId, 'LINK', by, async (tx, review) => {
    requireStatus(review, 'OPEN', 'LINK');
    if (!candidatesOf(review).some((c) => c.personId === personId)) throw badUserInput('personId', "is not one of the review's candidates");
    if (!(await tx.person.findUnique({ where: { id: personId }, select: { id: true } })))
      throw conflict('personId', 'this candidate is no longer held');
    const attached = await attachIdentifiers(tx, personId, submissionOf(review).localIdentifiers);
    await writeMatchKeys(tx, personId, submittedIdentity(submissionOf(review)));
    return { status: 'LINKED', personId, identifiers: attached };
  });
}

/** OPEN → NOT_A_MATCH: the identity is none of the candidates; a person is created for it. */
export function rejectReview(db: PrismaClient, rawId: string, decidedBy: string, reason: string) {
  const by = who(decidedBy, reason);
  return decideReview(db, rawId, 'NOT_A_MATCH', by, async (tx, review) => {
    requireStatus(review, 'OPEN', 'NOT_A_MATCH');
    const submission = submissionOf(review);
    const person = await createPerson(tx, submission, submission.localIdentifiers);
    return { status: 'NOT_A_MATCH', personId: person.id, identifiers: submission.localIdentifiers };
  });
}

/**
 * LINKED → NOT_A_MATCH: reverses the latest link, a reviewer's or an automatic one. The
 * identifiers that link attached leave the person it linked to and go with a separate person
 * created for the submitted identity; identifiers the person already held stay with them.
 */
export function unlinkReview(db: PrismaClient, rawId: string, decidedBy: string, reason: string) {
  const by = who(decidedBy, reason);
  return decideReview(db, rawId, 'UNLINK', by, async (tx, review) => {
    requireStatus(review, 'LINKED', 'UNLINK');
    const linked = (await latestDecision(tx, review.id, 'LINK'))!;
    const from = review.personId!;
    const moved = identifiersOf(linked);
    await detachIdentifiers(tx, from, moved);
    const person = await createPerson(tx, submissionOf(review), moved);
    return { status: 'NOT_A_MATCH', personId: person.id, fromPersonId: from, identifiers: moved };
  });
}

/** Why the person a not-a-match decision created cannot be removed again, or null when it can. */
async function whyPersonMustStay(tx: Tx, review: MatchReviewModel, personId: string, created: StoredIdentifier[]): Promise<string | null> {
  const own = new Set(created.map(identifierKey));
  const held = await tx.localIdentifier.findMany({ where: { personId } });
  if (held.some((l) => !own.has(identifierKey(l as StoredIdentifier))))
    return 'the person created for it now holds other agency identifiers';
  const named = await tx.matchReview.count({
    where: { id: { not: review.id }, OR: [{ personId }, { candidates: { array_contains: [{ personId }] } }] },
  });
  if (named) return 'another review names the person created for it';
  if (await tx.transition.count({ where: { personId } })) return 'the person created for it has a funding transition';
  return null;
}

/**
 * NOT_A_MATCH (by rejectMatchReview) → OPEN: removes the person that decision created, while
 * nothing but this review's identifiers is attached to them, and puts the review back in the queue.
 */
export function reopenReview(db: PrismaClient, rawId: string, decidedBy: string, reason: string) {
  const by = who(decidedBy, reason);
  return decideReview(db, rawId, 'REOPEN', by, async (tx, review) => {
    requireStatus(review, 'NOT_A_MATCH', 'REOPEN');
    const last = (await latestDecision(tx, review.id))!;
    if (last.action !== 'NOT_A_MATCH')
      throw conflict('id', 'only a not-a-match decision can be reopened; an unlinked review stays settled');
    const personId = review.personId!;
    const created = identifiersOf(last);
    const why = await whyPersonMustStay(tx, review, personId, created);
    if (why) throw conflict('id', `cannot reopen: ${why}`);
    await detachIdentifiers(tx, personId, created);
    const removed = await tx.person.delete({ where: { id: personId } });
    await countPeople(tx, [personIdentity(removed)], -1);
    return { status: 'OPEN', personId: null, fromPersonId: personId, identifiers: created };
  });
}
