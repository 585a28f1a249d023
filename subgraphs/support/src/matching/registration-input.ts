import { badUserInput, isoDate, requireId, requirePastOrToday, requirePostcodeDistrict, requireText, today } from '@continuum/runtime';
import { normaliseNiNumberSuffix, normalisePostcodeDistrict } from '@continuum/identity';
import type { RegisterPersonalAssistantInput } from '../generated/resolvers-types.ts';
import type { StoredPaSubmission } from './stored.ts';

const EARLIEST_BIRTH = Date.UTC(1900, 0, 1);
/** PAs are employed: the youngest a register takes on is 16. */
const YOUNGEST_AGE = 16;

function requireNiNumberSuffix(value: string): string {
  const suffix = normaliseNiNumberSuffix(value);
  if (!suffix || value.replace(/\s/g, '').length > 3) {
    throw badUserInput('input.niNumberSuffix', 'must be the last three characters of the NI number: two digits and a letter A-D, e.g. 56C');
  }
  return suffix;
}

function requireWorkingAgeBirth(date: Date): Date {
  requirePastOrToday(date, 'input.dateOfBirth');
  if (date.getTime() < EARLIEST_BIRTH) throw badUserInput('input.dateOfBirth', 'must be in 1900 or later');
  const now = today();
  const youngest = Date.UTC(now.getUTCFullYear() - YOUNGEST_AGE, now.getUTCMonth(), now.getUTCDate());
  if (date.getTime() > youngest) throw badUserInput('input.dateOfBirth', `a PA must be at least ${YOUNGEST_AGE} years old`);
  return date;
}

/** Checks a PA registration field by field and returns the identity as it will be matched and kept. */
export function paSubmissionFrom(input: RegisterPersonalAssistantInput): StoredPaSubmission {
  const postcode = requireText(input.postcodeDistrict, 'input.postcodeDistrict', 10);
  return {
    registerOrganisationId: requireId(input.registerOrganisationId, 'input.registerOrganisationId'),
    registerReference: requireText(input.registerReference, 'input.registerReference', 64),
    givenName: requireText(input.givenName, 'input.givenName', 100),
    familyName: requireText(input.familyName, 'input.familyName', 100),
    dateOfBirth: isoDate(requireWorkingAgeBirth(input.dateOfBirth)),
    niNumberSuffix: requireNiNumberSuffix(input.niNumberSuffix),
    // A full postcode is cut to its district; the district is all the register keeps.
    postcodeDistrict: requirePostcodeDistrict(normalisePostcodeDistrict(postcode) ?? postcode, 'input.postcodeDistrict'),
    // Kept only when known, so a submission without it reads (and hashes) as before.
    ...(input.sex === 'FEMALE' ? { sex: 'F' as const } : input.sex === 'MALE' ? { sex: 'M' as const } : {}),
    employmentStatus: input.employmentStatus ?? 'EMPLOYED',
    services: [...new Set(input.services ?? [])],
    languages: [...new Set((input.languages ?? []).map((l, i) => requireText(l, `input.languages[${i}]`, 50)))],
  };
}
