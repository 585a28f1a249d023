import { recordSubject } from '@continuum/access';
import type { Context } from '../context.ts';
import { EMPLOYER_BUSINESS, type PolicyPart } from '../employer-business.ts';
import type { VacancyModel } from '../generated/prisma/models.ts';
import type { ApplicationView } from './vacancies.ts';

const vacancyOf = recordSubject(
  'vacancy',
  'Vacancy',
  (id, ctx: Context) => ctx.db.vacancy.findUnique({ where: { id } }),
  (v) => ({ personId: v.employerPersonId }),
);
const applicationOf = recordSubject(
  'id',
  'VacancyApplication',
  (id, ctx: Context) => ctx.db.vacancyApplication.findUnique({ where: { id }, include: { vacancy: true } }),
  (a) => ({ personId: a.vacancy.employerPersonId }),
);

/** Vacancies and applications (access-policy.ts adds them to the subgraph's rules). */
export const vacancyPolicy: PolicyPart = {
  Query: { vacancies: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT' } },
  Mutation: {
    postVacancy: { ...EMPLOYER_BUSINESS, personArg: 'input.employerPersonId' },
    recordVacancyApplication: { ...EMPLOYER_BUSINESS, subjectOf: vacancyOf },
    updateVacancyApplication: { ...EMPLOYER_BUSINESS, subjectOf: applicationOf },
  },
  types: {
    Vacancy: { subject: (v: VacancyModel) => ({ personId: v.employerPersonId }), fieldClass: 'EMPLOYMENT' },
    // The application is the employer's record; the applicant is screened as a PA of its own.
    VacancyApplication: { subject: (a: ApplicationView) => ({ personId: a.employerPersonId }), fieldClass: 'EMPLOYMENT' },
  },
};
