import { isoDate } from '@continuum/runtime';
import type { IdentityRecord } from '@continuum/identity';
import type { PersonModel } from '../generated/prisma/models.ts';
import type { StoredSubmission } from './stored.ts';

/** A held person as the matching engine compares them. */
export function personIdentity(p: PersonModel): IdentityRecord {
  return {
    id: p.id,
    nhsNumber: p.nhsNumber,
    nhsNumberStatus: p.nhsNumberStatus,
    givenName: p.givenName,
    familyName: p.familyName,
    dateOfBirth: isoDate(p.dateOfBirth),
    postcodeDistrict: p.postcodeDistrict,
  };
}

/** A submitted identity as the matching engine compares it. */
export function submittedIdentity(s: StoredSubmission): IdentityRecord {
  return {
    nhsNumber: s.nhsNumber,
    nhsNumberStatus: s.nhsNumberStatus,
    givenName: s.givenName,
    familyName: s.familyName,
    dateOfBirth: s.dateOfBirth,
    postcodeDistrict: s.postcodeDistrict,
  };
}
