import {
  badUserInput,
  isoDate,
  NHS_NUMBER_PROBLEM_TEXT,
  nhsNumberProblem,
  nhsStatusCode,
  normaliseNhsNumber,
  requirePastOrToday,
  requirePostcodeDistrict,
  requireText,
} from '@continuum/runtime';
import type { LocalIdentifierInput, RegisterPersonInput } from '../generated/resolvers-types.ts';
import type { StoredIdentifier, StoredSubmission } from './stored.ts';

const EARLIEST_BIRTH = Date.UTC(1900, 0, 1);

export function localIdentifier(input: LocalIdentifierInput, field: string): StoredIdentifier {
  return {
    agency: input.agency,
    organisationCode: requireText(input.organisationCode, `${field}.organisationCode`, 20).toUpperCase(),
    value: requireText(input.value, `${field}.value`, 64),
  };
}

/** Checks a registration field by field and returns the identity as it will be matched and kept. */
export function submissionFrom(input: RegisterPersonInput): StoredSubmission {
  let nhsNumber: string | null = null;
  if (input.nhsNumber != null && input.nhsNumber.trim() !== '') {
    const problem = nhsNumberProblem(input.nhsNumber);
    if (problem) throw badUserInput('input.nhsNumber', NHS_NUMBER_PROBLEM_TEXT[problem]);
    nhsNumber = normaliseNhsNumber(input.nhsNumber);
  }
  // A number typed in by an agency is "present but not traced" until verified against PDS.
  const status = input.nhsNumberVerificationStatus ? nhsStatusCode(input.nhsNumberVerificationStatus) : nhsNumber ? '02' : '07';
  if (!nhsNumber && ['01', '02'].includes(status)) {
    throw badUserInput('input.nhsNumberVerificationStatus', 'says a number is present, but no NHS number was given');
  }
  const dateOfBirth = requirePastOrToday(input.dateOfBirth, 'input.dateOfBirth');
  if (dateOfBirth.getTime() < EARLIEST_BIRTH) throw badUserInput('input.dateOfBirth', 'must be in 1900 or later');
  return {
    nhsNumber,
    nhsNumberStatus: status,
    givenName: requireText(input.givenName, 'input.givenName', 100),
    familyName: requireText(input.familyName, 'input.familyName', 100),
    dateOfBirth: isoDate(dateOfBirth),
    postcodeDistrict: input.postcodeDistrict ? requirePostcodeDistrict(input.postcodeDistrict, 'input.postcodeDistrict') : null,
    // Kept only when known, so a submission without it reads (and hashes) as before.
    ...(input.sex === 'FEMALE' ? { sex: 'F' as const } : input.sex === 'MALE' ? { sex: 'M' as const } : {}),
    localIdentifiers: (input.localIdentifiers ?? []).map((l, i) => localIdentifier(l, `input.localIdentifiers[${i}]`)),
  };
}
