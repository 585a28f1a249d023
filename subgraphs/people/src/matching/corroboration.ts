import type { Registration } from './registration.ts';
import { candidatesOf, submissionOf } from './stored.ts';

/** The fields that must agree exactly (not fuzzily) for a registration to vouch for itself. */
const MUST_AGREE = ['NHS_NUMBER', 'GIVEN_NAME', 'FAMILY_NAME', 'DATE_OF_BIRTH'] as const;

/**
 * Whether a registration that linked to someone held carries its own evidence that the registering
 * organisation has the right person: a verified NHS number (01) on both sides, and the names and
 * date of birth agreeing as matching compared them. Anything less (a wrong date of birth with
 * someone's verified number) leaves the relationship it asserts pending the data protection
 * officer's review. Returns the evidence in plain words, or null.
 */
export function registrationEvidence(r: Registration): string | null {
  if (r.outcome !== 'LINKED' || !r.person || !r.review) return null;
  if (r.person.nhsNumberStatus !== '01' || submissionOf(r.review).nhsNumberStatus !== '01') return null;
  const candidate = candidatesOf(r.review).find((c) => c.personId === r.person!.id);
  const agrees = (field: string) => candidate?.contributions.some((c) => c.field === field && c.comparison === 'AGREE') ?? false;
  return MUST_AGREE.every(agrees) ? 'a verified NHS number with names and date of birth agreeing with the record' : null;
}
