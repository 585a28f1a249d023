import { conflict } from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import type { PersonModel } from '../generated/prisma/models.ts';
import { submittedIdentity } from './identity.ts';
import { lockMatchKeys, matchKeys, writeMatchKeys } from './keys.ts';
import { countPeople } from './term-counts.ts';
import { identifierKey, type StoredIdentifier, type StoredSubmission } from './stored.ts';
import type { Tx } from './tx.ts';

/** UK Core 05: "trace needs to be resolved (NHS number or patient detail conflict)". */
const NUMBER_CONFLICT_STATUS = '05';

/** Who holds each of these agency identifiers now (one query). */
export async function holders(tx: Tx, identifiers: StoredIdentifier[]): Promise<Map<string, string>> {
  if (!identifiers.length) return new Map();
  const rows = await tx.localIdentifier.findMany({
    where: { OR: identifiers.map(({ agency, organisationCode, value }) => ({ agency, organisationCode, value })) },
  });
  return new Map(rows.map((r) => [identifierKey(r as StoredIdentifier), r.personId]));
}

/**
 * Attaches an agency's identifiers to a person. One already on that person is left as it is;
 * one held by anyone else is a CONFLICT. Answers with the identifiers actually attached, so a
 * later unlink detaches exactly those.
 */
export async function attachIdentifiers(tx: Tx, personId: string, identifiers: StoredIdentifier[]): Promise<StoredIdentifier[]> {
  const held = await holders(tx, identifiers);
  const fresh = new Map<string, StoredIdentifier>();
  for (const l of identifiers) {
    const holder = held.get(identifierKey(l));
    if (holder === undefined) fresh.set(identifierKey(l), l);
    else if (holder !== personId)
      throw conflict('localIdentifiers', `${l.agency} identifier ${l.value} of ${l.organisationCode} already belongs to another person`);
  }
  const attached = [...fresh.values()];
  if (attached.length) await tx.localIdentifier.createMany({ data: attached.map((l) => ({ ...l, personId })) });
  return attached;
}

/**
 * Creates a person for a submitted identity, with its match keys and the given identifiers
 * (any already held is a CONFLICT). An NHS number is one person's: when a reviewer decides
 * that someone holding the same number is a different person, the new record keeps no number
 * and is marked 05, the conflict to resolve; the number stays on the review's submitted identity.
 */
export async function createPerson(tx: Tx, submission: StoredSubmission, identifiers: StoredIdentifier[]): Promise<PersonModel> {
  if ((await holders(tx, identifiers)).size) throw conflict('localIdentifiers', 'this agency identifier already belongs to a person');
  // A registration of the same identity running now waits, then finds this person (the locks are re-entrant for a registration's own).
  await lockMatchKeys(tx, matchKeys(submittedIdentity(submission)));
  const numberHeld = submission.nhsNumber !== null && (await tx.person.count({ where: { nhsNumber: submission.nhsNumber } })) > 0;
  const identity = numberHeld ? { ...submission, nhsNumber: null, nhsNumberStatus: NUMBER_CONFLICT_STATUS } : submission;
  const person = await tx.person.create({
    data: {
      id: randomUUID(),
      nhsNumber: identity.nhsNumber,
      nhsNumberStatus: identity.nhsNumberStatus,
      givenName: identity.givenName,
      familyName: identity.familyName,
      dateOfBirth: new Date(identity.dateOfBirth),
      postcodeDistrict: identity.postcodeDistrict,
      sex: identity.sex ?? null,
    },
  });
  await writeMatchKeys(tx, person.id, submittedIdentity(identity));
  if (identifiers.length) await tx.localIdentifier.createMany({ data: identifiers.map((l) => ({ ...l, personId: person.id })) });
  // Last, so the shared count rows stay locked for as short a time as possible.
  await countPeople(tx, [submittedIdentity(identity)]);
  return person;
}

/** Removes the given identifiers from a person (those still on them). */
export async function detachIdentifiers(tx: Tx, personId: string, identifiers: StoredIdentifier[]): Promise<void> {
  if (!identifiers.length) return;
  await tx.localIdentifier.deleteMany({
    where: { personId, OR: identifiers.map(({ agency, organisationCode, value }) => ({ agency, organisationCode, value })) },
  });
}
