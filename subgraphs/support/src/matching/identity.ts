import { isoDate } from '@continuum/runtime';
import type { ListEntry, PaIdentityRecord } from '@continuum/identity';
import type { PersonalAssistantModel } from '../generated/prisma/models.ts';
import { submittedIdentifier, type StoredPaIdentifier, type StoredPaSubmission } from './stored.ts';

/** Register references as the engine's list entries: one list per register organisation. */
export function paListEntries(references: readonly StoredPaIdentifier[]): ListEntry[] {
  return references.map((r) => ({ list: `register|${r.organisationId}`, id: r.value }));
}

/** A PA on the register as the matching engine compares them, with the register references they hold. */
export function paIdentity(pa: PersonalAssistantModel, references: readonly StoredPaIdentifier[] = []): PaIdentityRecord & { id: string } {
  return {
    id: pa.id,
    listEntries: paListEntries(references),
    niNumberSuffix: pa.niNumberSuffix,
    givenName: pa.givenName,
    familyName: pa.familyName,
    dateOfBirth: isoDate(pa.dateOfBirth),
    postcodeDistrict: pa.postcodeDistrict,
    sex: pa.sex,
  };
}

/** A submitted PA identity as the matching engine compares it. */
export function submittedPaIdentity(s: StoredPaSubmission): PaIdentityRecord {
  return {
    listEntries: paListEntries([submittedIdentifier(s)]),
    niNumberSuffix: s.niNumberSuffix,
    givenName: s.givenName,
    familyName: s.familyName,
    dateOfBirth: s.dateOfBirth,
    postcodeDistrict: s.postcodeDistrict,
    sex: s.sex ?? null,
  };
}
