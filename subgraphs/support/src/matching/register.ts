import { conflict, idempotentTransaction, notFound, uniqueViolation } from '@continuum/runtime';
import { decide, defaultPaMatchConfig, type MatchConfig } from '@continuum/identity';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { RegisterPersonalAssistantInput } from '../generated/resolvers-types.ts';
import { heldPaRecords } from './held-records.ts';
import { submittedPaIdentity } from './identity.ts';
import { lockPaRegistration, paCandidatesByKeys, paMatchKeys } from './keys.ts';
import { recordPaOutcome } from './outcomes.ts';
import { identifierHolder } from './records.ts';
import { paRegistration, rememberedPaRegistration, type PaRegistrationResult } from './registration.ts';
import { paSubmissionFrom } from './registration-input.ts';
import { submittedIdentifier, type StoredPaSubmission } from './stored.ts';
import { paFrequencies } from './term-counts.ts';
import { TRANSACTION_OPTIONS, type Tx } from './tx.ts';
import { currentPersonalAssistant } from './current.ts';

const OPERATION = 'registerPersonalAssistant';
/** matchedBy of a re-submission recognised by the register's own identifier. */
export const REGISTER_IDENTIFIER = 'REGISTER_IDENTIFIER';

/**
 * A register identifier seen before is the same PA: a re-submission answers with the PA it
 * belongs to (LINKED) or the review it is waiting in (SENT_TO_REVIEW), writing nothing.
 */
async function resubmission(tx: Tx, submission: StoredPaSubmission): Promise<PaRegistrationResult | null> {
  const holder = await identifierHolder(tx, submittedIdentifier(submission));
  if (holder !== null) return paRegistration('LINKED', await currentPersonalAssistant(tx, holder), null, REGISTER_IDENTIFIER);
  const waiting = await tx.paMatchReview.findFirst({
    where: {
      status: 'OPEN',
      AND: [
        { submitted: { path: ['registerOrganisationId'], equals: submission.registerOrganisationId } },
        { submitted: { path: ['registerReference'], equals: submission.registerReference } },
      ],
    },
  });
  return waiting ? paRegistration('SENT_TO_REVIEW', null, waiting) : null;
}

/** Matches a submitted PA against everyone on the register sharing a key, and acts on the outcome. */
export async function matchPaSubmission(tx: Tx, submission: StoredPaSubmission, config: MatchConfig): Promise<PaRegistrationResult> {
  if (!(await tx.supportOrganisation.findUnique({ where: { id: submission.registerOrganisationId }, select: { id: true } }))) {
    throw notFound('SupportOrganisation', 'input.registerOrganisationId', submission.registerOrganisationId);
  }
  const incoming = submittedPaIdentity(submission);
  const keys = paMatchKeys(incoming);
  await lockPaRegistration(tx, keys, submittedIdentifier(submission));
  const again = await resubmission(tx, submission);
  if (again) return again;
  const held = await paCandidatesByKeys(tx, keys);
  // Agreeing on a common name or date of birth counts for less than on a rare one.
  const frequencies = await paFrequencies(tx, [incoming]);
  const outcome = decide(incoming, await heldPaRecords(tx, held), config, frequencies);
  return recordPaOutcome(tx, submission, outcome, new Map(held.map((pa) => [pa.id, pa])), config);
}

/**
 * Registers a PA through matching, in one transaction: linked to a PA on the register, created,
 * or sent to review. A repeat with the same idempotency key answers with the first registration.
 */
export async function registerPersonalAssistant(
  db: PrismaClient,
  input: RegisterPersonalAssistantInput,
  key: string | null | undefined,
): Promise<PaRegistrationResult> {
  const submission = paSubmissionFrom(input);
  // Thresholds are configuration: CONTINUUM_PA_MATCH_LINK_THRESHOLD and CONTINUUM_PA_MATCH_REVIEW_THRESHOLD.
  const config = defaultPaMatchConfig();
  try {
    return await idempotentTransaction(
      db,
      { operation: OPERATION, key, request: submission },
      (tx) => matchPaSubmission(tx, submission, config),
      rememberedPaRegistration,
      TRANSACTION_OPTIONS,
    );
  } catch (err) {
    if (uniqueViolation(err) !== null) throw conflict('input.registerReference', 'this register identifier already belongs to another PA');
    throw err;
  }
}
