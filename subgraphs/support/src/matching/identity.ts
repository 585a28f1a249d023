import { isoDate } from '@continuum/runtime';
import type { PaIdentityRecord } from '@continuum/identity';
import type { PersonalAssistantModel } from '../generated/prisma/models.ts';
import type { StoredPaSubmission } from './stored.ts';

/** A PA on the register as the matching engine compares them. */
export function paIdentity(pa: PersonalAssistantModel): PaIdentityRecord & { id: string } {
  return {
    id: pa.id,
    niNumberSuffix: pa.niNumberSuffix,
    givenName: pa.givenName,
    familyName: pa.familyName,
    dateOfBirth: isoDate(pa.dateOfBirth),
    postcodeDistrict: pa.postcodeDistrict,
  };
}

/** A submitted PA identity as the matching engine compares it. */
export function submittedPaIdentity(s: StoredPaSubmission): PaIdentityRecord {
  return {
    niNumberSuffix: s.niNumberSuffix,
    givenName: s.givenName,
    familyName: s.familyName,
    dateOfBirth: s.dateOfBirth,
    postcodeDistrict: s.postcodeDistrict,
  };
}
