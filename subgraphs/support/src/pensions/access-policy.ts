import { recordSubject } from '@continuum/access';
import type { Context } from '../context.ts';
import { EMPLOYER_BUSINESS, type PolicyPart } from '../employer-business.ts';
import type { DutyView, JobholderView } from './duty.ts';
import type { Parties } from './views.ts';

const employmentOf = recordSubject(
  'employment',
  'Employment',
  (id, ctx: Context) => ctx.loaders.employment.load(id),
  (e) => ({ personId: e.employerPersonId }),
);
const enrolmentOf = recordSubject(
  'enrolment',
  'PensionEnrolment',
  async (id, ctx: Context) => {
    const m = await ctx.db.pensionEnrolment.findUnique({ where: { id } });
    return m && ctx.loaders.employment.load(m.employmentId);
  },
  (e) => ({ personId: e.employerPersonId }),
);

/** Pensions are the employer's business (the PAY field class): the employer, their employer support and funders' staff. */
const pensionWork = { ...EMPLOYER_BUSINESS, fieldClass: 'PAY' } as const;
const employerOf = (r: Parties) => ({ personId: r.employerPersonId });

/** Assessments, enrolments and duties (access-policy.ts adds them to the subgraph's rules). The thresholds are public. */
export const pensionPolicy: PolicyPart = {
  Query: {
    pensionThresholds: { access: 'PUBLIC' },
    // Each duty is its employer's: the list holds only employers the caller may see.
    pensionDuties: { access: 'PERSON_DATA', fieldClass: 'PAY' },
  },
  Mutation: {
    assessPensionEligibility: { ...pensionWork, subjectOf: employmentOf },
    recordPensionEnrolment: { ...pensionWork, subjectOf: employmentOf },
    recordPensionOptOut: { ...pensionWork, subjectOf: enrolmentOf },
    recordPensionReEnrolment: { ...pensionWork, personArg: 'employerPersonId' },
  },
  types: {
    PensionAssessment: { subject: employerOf, fieldClass: 'PAY' },
    PensionEnrolment: { subject: employerOf, fieldClass: 'PAY' },
    PensionJobholder: { subject: (j: JobholderView) => ({ personId: j.employerPersonId }), fieldClass: 'PAY' },
    PensionDuty: { subject: (d: DutyView) => ({ personId: d.employerPersonId }), fieldClass: 'PAY' },
  },
};
