import { isoDate } from '@continuum/runtime';
import type { IdentityRecord, ListEntry } from '@continuum/identity';
import type { PersonModel } from '../generated/prisma/models.ts';
import type { StoredIdentifier, StoredSubmission } from './stored.ts';

/** Agency identifiers as the engine's list entries: one list per agency and organisation. */
export function listEntriesOf(identifiers: readonly StoredIdentifier[]): ListEntry[] {
  return identifiers.map((l) => ({ list: `${l.agency}|${l.organisationCode}`, id: l.value }));
}

/** A held person as the matching engine compares them, with the agency identifiers they hold. */
export function personIdentity(p: PersonModel, identifiers: readonly StoredIdentifier[] = []): IdentityRecord {
  return {
    id: p.id,
    listEntries: listEntriesOf(identifiers),
    nhsNumber: p.nhsNumber,
    nhsNumberStatus: p.nhsNumberStatus,
    givenName: p.givenName,
    familyName: p.familyName,
    dateOfBirth: isoDate(p.dateOfBirth),
    postcodeDistrict: p.postcodeDistrict,
    sex: p.sex,
  };
}

/** A submitted identity as the matching engine compares it. */
export function submittedIdentity(s: StoredSubmission): IdentityRecord {
  return {
    listEntries: listEntriesOf(s.localIdentifiers),
    nhsNumber: s.nhsNumber,
    nhsNumberStatus: s.nhsNumberStatus,
    givenName: s.givenName,
    familyName: s.familyName,
    dateOfBirth: s.dateOfBirth,
    postcodeDistrict: s.postcodeDistrict,
    sex: s.sex ?? null,
  };
}
