import {
  AUTOMATIC,
  automaticLinkReason,
  decide,
  decisionRow,
  defaultMatchConfig,
  scorePair,
  type IdentityRecord,
  type MatchConfig,
  type MatchOutcome,
  type ScoredCandidate,
  type TermFrequencies,
} from '@continuum/identity';
import { conflict, idempotentTransaction, uniqueViolation } from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { PersonModel } from '../generated/prisma/models.ts';
import type { RegisterPersonInput } from '../generated/resolvers-types.ts';
import { personIdentity, submittedIdentity } from './identity.ts';
import { heldRecords } from './held-records.ts';
import { candidatesByKeys, lockMatchKeys, matchKeys, writeMatchKeys } from './keys.ts';
import { attachIdentifiers, createPerson, holders } from './records.ts';
import { registration, rememberedRegistration, type Registration } from './registration.ts';
import { submissionFrom } from './registration-input.ts';
import type { StoredSubmission } from './stored.ts';
import { peopleFrequencies } from './term-counts.ts';
import { TRANSACTION_OPTIONS, type Tx } from './tx.ts';

const OPERATION = 'registerPerson';

/** Unique-constraint violations (a race the key locks did not cover) become CONFLICT errors. */
function asConflict(err: unknown): never {
  const target = uniqueViolation(err);
  if (target !== null) {
    if (target.includes('nhs_number')) throw conflict('nhsNumber', 'a person with this NHS number is already registered');
    throw conflict('localIdentifiers', 'this agency identifier already belongs to a person');
  }
  throw err;
}

/**
 * An NHS number is one person's. When a candidate already holds the submitted number and the
 * engine did not link to exactly them (an unverified number, or other fields that disagree),
 * a reviewer decides: a second record with the number is never created and a link elsewhere
 * is never made on matching's word alone.
 */
export function withNumberHolder(
  outcome: MatchOutcome,
  incoming: IdentityRecord,
  holder: PersonModel | undefined,
  config: MatchConfig,
  frequencies?: TermFrequencies,
): MatchOutcome {
  if (!holder) return outcome;
  if (outcome.kind === 'LINK' && outcome.candidate.personId === holder.id) return outcome;
  const scored = outcome.kind === 'LINK' ? [outcome.candidate] : outcome.candidates;
  const withHolder = scored.some((c) => c.personId === holder.id)
    ? scored
    : [...scored, scorePair(incoming, personIdentity(holder), config, frequencies)];
  const best = [...withHolder].sort((a, b) => b.score - a.score);
  const kept = best.slice(0, config.maxCandidates);
  if (!kept.some((c) => c.personId === holder.id)) kept[kept.length - 1] = best.find((c) => c.personId === holder.id)!;
  return { kind: 'REVIEW', candidates: kept };
}

async function link(
  tx: Tx,
  submission: StoredSubmission,
  candidate: ScoredCandidate,
  target: PersonModel,
  config: MatchConfig,
): Promise<Registration> {
  const attached = await attachIdentifiers(tx, target.id, submission.localIdentifiers);
  // The variant they were known by here finds them next time too.
  await writeMatchKeys(tx, target.id, submittedIdentity(submission));
  // Recorded as a settled review so an automatic link can be unlinked like a reviewer's.
  const review = await tx.matchReview.create({
    data: { id: randomUUID(), status: 'LINKED', submitted: submission as never, candidates: [candidate] as never, personId: target.id },
  });
  const by = { decidedBy: AUTOMATIC, reason: automaticLinkReason(candidate, config) };
  await tx.matchDecision.create({ data: { ...decisionRow(review.id, 'LINK', attached, by, true), personId: target.id } });
  return registration('LINKED', target, review, candidate.rule ?? 'score');
}

async function sendToReview(tx: Tx, submission: StoredSubmission, candidates: ScoredCandidate[]): Promise<Registration> {
  if ((await holders(tx, submission.localIdentifiers)).size)
    throw conflict('localIdentifiers', 'this agency identifier already belongs to a person');
  const review = await tx.matchReview.create({
    data: { id: randomUUID(), status: 'OPEN', submitted: submission as never, candidates: candidates as never },
  });
  return registration('SENT_TO_REVIEW', null, review);
}

/** Matches the submitted identity against everyone sharing a key and acts on the outcome. */
async function matchAndRecord(tx: Tx, submission: StoredSubmission, config: MatchConfig): Promise<Registration> {
  const incoming = submittedIdentity(submission);
  const keys = matchKeys(incoming);
  await lockMatchKeys(tx, keys);
  const people = await candidatesByKeys(tx, keys);
  const byId = new Map(people.map((p) => [p.id, p]));
  const holder = submission.nhsNumber ? people.find((p) => p.nhsNumber === submission.nhsNumber) : undefined;
  // Agreeing on a common name or date of birth counts for less than on a rare one.
  const frequencies = await peopleFrequencies(tx, [incoming]);
  const held = await heldRecords(tx, people);
  const outcome = withNumberHolder(decide(incoming, held, config, frequencies), incoming, holder, config, frequencies);
  if (outcome.kind === 'LINK') return link(tx, submission, outcome.candidate, byId.get(outcome.candidate.personId)!, config);
  if (outcome.kind === 'REVIEW') return sendToReview(tx, submission, outcome.candidates);
  return registration('CREATED', await createPerson(tx, submission, submission.localIdentifiers), null);
}

/**
 * Registers a person through matching, in one transaction: linked to someone known, created,
 * or sent to review. A repeat with the same idempotency key answers with the first registration.
 */
export async function registerPerson(
  db: PrismaClient,
  input: RegisterPersonInput,
  key: string | null | undefined,
  submittedBy: string | null = null,
): Promise<Registration> {
  const submission: StoredSubmission = { ...submissionFrom(input), ...(submittedBy ? { submittedBy } : {}) };
  // Thresholds are configuration: CONTINUUM_MATCH_LINK_THRESHOLD and CONTINUUM_MATCH_REVIEW_THRESHOLD (read by the engine).
  const config = defaultMatchConfig();
  try {
    return await idempotentTransaction(
      db,
      { operation: OPERATION, key, request: submission },
      (tx) => matchAndRecord(tx, submission, config),
      rememberedRegistration,
      TRANSACTION_OPTIONS,
    );
  } catch (err) {
    return asConflict(err);
  }
}
