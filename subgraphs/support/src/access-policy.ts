import { isId, type AccessPolicy } from '@continuum/kit';
import type { Context } from './context.ts';

/** Whose an employment named by id is, for the mutations that change one. */
const employmentSubject = {
  arg: 'id',
  recordType: 'Employment',
  lookup: async (id: string, { loaders }: Context) => {
    const e = isId(id) ? await loaders.employment.load(id.toLowerCase()) : null;
    return e && { personId: e.employerPersonId, paId: e.personalAssistantId };
  },
};

/** Who may see what the PA register and employments serve. Root fields not named here are hub steps (merges). */
export const accessPolicy: AccessPolicy = {
  root: {
    Query: {
      supportOrganisations: 'PUBLIC',
      personalAssistant: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE' },
      personalAssistants: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE' },
      employment: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT' },
      employments: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT' },
    },
    Mutation: {
      addEmployment: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT', personArg: 'input.employerPersonId' },
      updateEmployment: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT', subjectOf: employmentSubject },
      endEmployment: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT', subjectOf: employmentSubject },
    },
  },
  types: {
    Person: { subject: (p) => ({ personId: p.id }), fieldClass: 'PERSON_IDENTITY', fields: { paTeam: 'EMPLOYMENT', employmentHistory: 'EMPLOYMENT' } },
    PersonalAssistant: { subject: (pa) => ({ paId: pa.id }), fieldClass: 'PA_PROFILE', fields: { nationalInsuranceNumberSuffix: 'NI_NUMBER', employers: 'EMPLOYMENT' } },
    // The employer's and the PA's: either may see it.
    Employment: { subject: (e) => ({ personId: e.employerPersonId, paId: e.personalAssistantId }), fieldClass: 'EMPLOYMENT' },
  },
};
