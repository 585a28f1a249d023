import { recordSubject } from '@continuum/access';
import type { Context } from '../context.ts';
import type { PolicyPart } from '../employer-business.ts';
import type { PayrollRunModel } from '../generated/prisma/models.ts';
import type { TermsView } from './terms.ts';
import type { PayslipView } from './views.ts';

/**
 * Pay is the employer's business: recorded by their employer support (which runs payroll) and
 * the council or NHS body funding them; seen by those and the employer (the PAY field class).
 */
const payWork = {
  access: 'PERSON_DATA',
  fieldClass: 'PAY',
  roles: ['SOCIAL_WORKER', 'CHC_NURSE', 'PHB_LEAD', 'SUPPORT_ADVISER'],
} as const;

const employmentOf = recordSubject(
  'input.employmentId',
  'Employment',
  (id, { loaders }: Context) => loaders.employment.load(id),
  (e) => ({ personId: e.employerPersonId }),
);
const runOf = recordSubject(
  'payrollRunId',
  'PayrollRun',
  (id, ctx: Context) => ctx.db.payrollRun.findUnique({ where: { id } }),
  (r) => ({ personId: r.employerPersonId }),
);

/** Terms, payroll and payslips (access-policy.ts adds them to the subgraph's rules). */
export const employmentPayPolicy: PolicyPart = {
  // Reference data: the names of payroll providers. Lateness is an aggregate (counts only).
  Query: { payrollProviders: { access: 'PUBLIC' } },
  Mutation: {
    setEmploymentTerms: { ...payWork, subjectOf: employmentOf },
    setPayrollProvider: { ...payWork, personArg: 'employerPersonId' },
    recordPayrollRun: { ...payWork, personArg: 'input.employerPersonId' },
    markPayslipsSent: { ...payWork, subjectOf: runOf },
  },
  types: {
    EmploymentTerms: { subject: (t: TermsView) => ({ personId: t.employerPersonId }), fieldClass: 'PAY' },
    PayrollRun: { subject: (r: PayrollRunModel) => ({ personId: r.employerPersonId }), fieldClass: 'PAY' },
    Payslip: { subject: (p: PayslipView) => ({ personId: p.employerPersonId }), fieldClass: 'PAY' },
  },
};
