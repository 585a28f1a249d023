import {
  badUserInput,
  conflict,
  NHS_NUMBER_PROBLEM_TEXT,
  nhsNumberProblem,
  nhsStatusCode,
  normaliseNhsNumber,
  notFound,
  requireId,
  requirePastOrToday,
  requirePostcodeDistrict,
  requireText,
  uniqueViolation,
} from '@continuum/kit';
import { randomUUID } from 'node:crypto';
import type { LocalIdentifierInput, MutationResolvers } from '../generated/resolvers-types.ts';

const EARLIEST_BIRTH = Date.UTC(1900, 0, 1);

function localIdentifier(input: LocalIdentifierInput, field: string) {
  return {
    agency: input.agency,
    organisationCode: requireText(input.organisationCode, `${field}.organisationCode`, 20).toUpperCase(),
    value: requireText(input.value, `${field}.value`, 64),
  };
}

/** Unique-constraint violations become CONFLICT errors naming what clashed. */
function asConflict(err: unknown): never {
  const target = uniqueViolation(err);
  if (target !== null) {
    if (target.includes('nhs_number')) throw conflict('nhsNumber', 'a person with this NHS number is already registered');
    throw conflict('localIdentifiers', 'this agency identifier already belongs to a person');
  }
  throw err;
}

export const Mutation: MutationResolvers = {
  registerPerson: async (_parent, { input }, { db }) => {
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
    const data = {
      id: randomUUID(),
      nhsNumber,
      nhsNumberStatus: status,
      givenName: requireText(input.givenName, 'input.givenName', 100),
      familyName: requireText(input.familyName, 'input.familyName', 100),
      dateOfBirth,
      postcodeDistrict: input.postcodeDistrict ? requirePostcodeDistrict(input.postcodeDistrict, 'input.postcodeDistrict') : null,
    };
    const identifiers = (input.localIdentifiers ?? []).map((l, i) => localIdentifier(l, `input.localIdentifiers[${i}]`));
    try {
      return await db.$transaction(async (tx) => {
        const person = await tx.person.create({ data });
        if (identifiers.length) await tx.localIdentifier.createMany({ data: identifiers.map((l) => ({ ...l, personId: person.id })) });
        return person;
      });
    } catch (err) {
      asConflict(err);
    }
  },

  addLocalIdentifier: async (_parent, { personId, input }, { db }) => {
    const id = requireId(personId, 'personId');
    const identifier = localIdentifier(input, 'input');
    const person = await db.person.findUnique({ where: { id } });
    if (!person) throw notFound('Person', 'id', personId);
    try {
      await db.localIdentifier.create({ data: { ...identifier, personId: id } });
    } catch (err) {
      asConflict(err);
    }
    return person;
  },
};
