import { recordEmploymentLink, recordSubject, type AccessPolicy } from '@continuum/kit';
import type { Context } from './context.ts';

/** Whose an employment named by id is, for the mutations that change one. */
const employmentSubject = recordSubject('id', 'Employment', (id, { loaders }: Context) => loaders.employment.load(id), (e) => ({ personId: e.employerPersonId }));

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
      // Whoever may see the employer may then see the PAs they employ.
      addEmployment: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT', personArg: 'input.employerPersonId', after: (e, _args, ctx) => recordEmploymentLink(ctx, e) },
      updateEmployment: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT', subjectOf: employmentSubject },
      endEmployment: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT', subjectOf: employmentSubject, after: (e, _args, ctx) => recordEmploymentLink(ctx, e) },
    },
  },
  types: {
    Person: { subject: (p) => ({ personId: p.id }), fieldClass: 'PERSON_IDENTITY', fields: { paTeam: 'EMPLOYMENT', employmentHistory: 'EMPLOYMENT' } },
    PersonalAssistant: { subject: (pa) => ({ paId: pa.id }), fieldClass: 'PA_PROFILE', fields: { nationalInsuranceNumberSuffix: 'NI_NUMBER', employers: 'EMPLOYMENT' } },
    // The employer's record, and the PA's own: others see it only through the employer.
    Employment: {
      subject: (e, caller) => (caller.role === 'PERSONAL_ASSISTANT' ? { paId: e.personalAssistantId } : { personId: e.employerPersonId }),
      fieldClass: 'EMPLOYMENT',
    },
  },
};
