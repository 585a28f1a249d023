import { conflict } from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import type { PersonalAssistantModel } from '../generated/prisma/models.ts';
import { submittedPaIdentity } from './identity.ts';
import { lockPaRegistration, paMatchKeys, writePaMatchKeys } from './keys.ts';
import { countPas } from './term-counts.ts';
import type { StoredPaIdentifier, StoredPaSubmission } from './stored.ts';
import type { Tx } from './tx.ts';

/** The PA a register identifier belongs to now, or null. */
export async function identifierHolder(tx: Tx, l: StoredPaIdentifier): Promise<string | null> {
  const row = await tx.paLocalIdentifier.findUnique({
    where: { organisationId_value: { organisationId: l.organisationId, value: l.value } },
  });
  return row?.personalAssistantId ?? null;
}

const taken = () => conflict('input.registerReference', 'this register identifier already belongs to another PA');

/**
 * Attaches register identifiers to a PA. One already on that PA is left as it is; one held by
 * another PA is a CONFLICT. Answers with those actually attached, so an unlink detaches exactly those.
 */
export async function attachPaIdentifiers(
  tx: Tx,
  personalAssistantId: string,
  identifiers: StoredPaIdentifier[],
): Promise<StoredPaIdentifier[]> {
  const attached: StoredPaIdentifier[] = [];
  for (const l of identifiers) {
    const holder = await identifierHolder(tx, l);
    if (holder === null) attached.push(l);
    else if (holder !== personalAssistantId) throw taken();
  }
  if (attached.length) await tx.paLocalIdentifier.createMany({ data: attached.map((l) => ({ ...l, personalAssistantId })) });
  return attached;
}

/** Removes the given identifiers from a PA (those still on them). */
export async function detachPaIdentifiers(tx: Tx, personalAssistantId: string, identifiers: StoredPaIdentifier[]): Promise<void> {
  for (const l of identifiers) await tx.paLocalIdentifier.deleteMany({ where: { ...l, personalAssistantId } });
}

/**
 * Creates a PA record for a submitted identity, with its match keys and the given register
 * identifiers (any already held is a CONFLICT). The register organisation lists the PA.
 */
export async function createPersonalAssistant(
  tx: Tx,
  submission: StoredPaSubmission,
  identifiers: StoredPaIdentifier[],
): Promise<PersonalAssistantModel> {
  for (const l of identifiers) if ((await identifierHolder(tx, l)) !== null) throw taken();
  const identity = submittedPaIdentity(submission);
  // A registration of the same identity running now waits, then finds this PA.
  await lockPaRegistration(tx, paMatchKeys(identity));
  const pa = await tx.personalAssistant.create({
    data: {
      id: randomUUID(),
      givenName: submission.givenName,
      familyName: submission.familyName,
      dateOfBirth: new Date(submission.dateOfBirth),
      niNumberSuffix: submission.niNumberSuffix,
      employmentStatus: submission.employmentStatus,
      postcodeDistrict: submission.postcodeDistrict,
      dbsStatus: 'NOT_CHECKED',
      services: submission.services,
      languages: submission.languages,
      availability: [],
      registerOrganisationId: submission.registerOrganisationId,
      sex: submission.sex ?? null,
    },
  });
  await writePaMatchKeys(tx, pa.id, identity);
  if (identifiers.length) await tx.paLocalIdentifier.createMany({ data: identifiers.map((l) => ({ ...l, personalAssistantId: pa.id })) });
  // Last, so the shared count rows stay locked for as short a time as possible.
  await countPas(tx, [identity]);
  return pa;
}
