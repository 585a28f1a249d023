import {
  AUTOMATIC,
  automaticLinkReason,
  decisionRow,
  type MatchConfig,
  type MatchOutcome,
  type ScoredCandidate,
} from '@continuum/identity';
import { conflict } from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import type { PersonalAssistantModel } from '../generated/prisma/models.ts';
import { submittedPaIdentity } from './identity.ts';
import { writePaMatchKeys } from './keys.ts';
import { attachPaIdentifiers, createPersonalAssistant, identifierHolder } from './records.ts';
import { paRegistration, type PaRegistrationResult } from './registration.ts';
import { submittedIdentifier, type StoredPaSubmission } from './stored.ts';
import type { Tx } from './tx.ts';

/**
 * Writing what matching decided for one submitted PA, in the caller's transaction: a link, a
 * review item or a new PA record. Registration uses these one submission at a time; a bulk
 * import can decide over an in-memory MatchIndex and call the same writers.
 */

/** Links the submission to a PA on the register, recorded as a settled review so the link can be unlinked like a reviewer's. */
export async function linkPaAutomatically(
  tx: Tx,
  submission: StoredPaSubmission,
  candidate: ScoredCandidate,
  target: PersonalAssistantModel,
  config: MatchConfig,
): Promise<PaRegistrationResult> {
  const attached = await attachPaIdentifiers(tx, target.id, [submittedIdentifier(submission)]);
  // The variant this register knows them by finds them next time too.
  await writePaMatchKeys(tx, target.id, submittedPaIdentity(submission));
  const review = await tx.paMatchReview.create({
    data: {
      id: randomUUID(),
      status: 'LINKED',
      submitted: submission as never,
      candidates: [candidate] as never,
      personalAssistantId: target.id,
    },
  });
  const by = { decidedBy: AUTOMATIC, reason: automaticLinkReason(candidate, config) };
  await tx.paMatchDecision.create({ data: { ...decisionRow(review.id, 'LINK', attached, by, true), personalAssistantId: target.id } });
  return paRegistration('LINKED', target, review, candidate.rule ?? 'score');
}

/** Opens a review item listing the candidates, best first. */
export async function sendPaToReview(tx: Tx, submission: StoredPaSubmission, candidates: ScoredCandidate[]): Promise<PaRegistrationResult> {
  if ((await identifierHolder(tx, submittedIdentifier(submission))) !== null) {
    throw conflict('input.registerReference', 'this register identifier already belongs to another PA');
  }
  const review = await tx.paMatchReview.create({
    data: { id: randomUUID(), status: 'OPEN', submitted: submission as never, candidates: candidates as never },
  });
  return paRegistration('SENT_TO_REVIEW', null, review);
}

/** Creates a new PA record carrying the register's identifier. */
export async function createPaFromSubmission(tx: Tx, submission: StoredPaSubmission): Promise<PaRegistrationResult> {
  return paRegistration('CREATED', await createPersonalAssistant(tx, submission, [submittedIdentifier(submission)]), null);
}

/** Acts on a matching outcome; `held` gives the PA records behind the candidates by id. */
export function recordPaOutcome(
  tx: Tx,
  submission: StoredPaSubmission,
  outcome: MatchOutcome,
  held: Map<string, PersonalAssistantModel>,
  config: MatchConfig,
): Promise<PaRegistrationResult> {
  if (outcome.kind === 'LINK') return linkPaAutomatically(tx, submission, outcome.candidate, held.get(outcome.candidate.personId)!, config);
  if (outcome.kind === 'REVIEW') return sendPaToReview(tx, submission, outcome.candidates);
  return createPaFromSubmission(tx, submission);
}
