import { recordSubject, type RootRule, type TypeRule } from '@continuum/access';
import type { Context } from '../context.ts';
import type { VacancyModel } from '../generated/prisma/models.ts';
import type { ApplicationView } from './vacancies.ts';

/** Recruiting is the employer's: their funders' staff, their employer support, and the employer. */
const recruiting = {
  access: 'PERSON_DATA',
  fieldClass: 'EMPLOYMENT',
  roles: ['SOCIAL_WORKER', 'CHC_NURSE', 'PHB_LEAD', 'SUPPORT_ADVISER', 'PERSON'],
} as const;

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
export const vacancyPolicy: { Query: Record<string, RootRule>; Mutation: Record<string, RootRule>; types: Record<string, TypeRule> } = {
  Query: { vacancies: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT' } },
  Mutation: {
    postVacancy: { ...recruiting, personArg: 'input.employerPersonId' },
    recordVacancyApplication: { ...recruiting, subjectOf: vacancyOf },
    updateVacancyApplication: { ...recruiting, subjectOf: applicationOf },
  },
  types: {
    Vacancy: { subject: (v: VacancyModel) => ({ personId: v.employerPersonId }), fieldClass: 'EMPLOYMENT' },
    // The application is the employer's record; the applicant is screened as a PA of its own.
    VacancyApplication: { subject: (a: ApplicationView) => ({ personId: a.employerPersonId }), fieldClass: 'EMPLOYMENT' },
  },
};
