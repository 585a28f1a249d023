import { addDays, isId, requireId, today } from '@continuum/runtime';
import { requestAccessOf } from '@continuum/access';
import type {
  EmployersLiabilityInsuranceResolvers,
  EmploymentResolvers,
  EmploymentTermsResolvers,
  MutationResolvers,
  PayrollProviderResolvers,
  PayrollRunResolvers,
  PayslipResolvers,
  PersonResolvers,
  QueryResolvers,
} from '../generated/resolvers-types.ts';
import { payslipLatenessAggregates } from '../aggregates/payslip-lateness.ts';
import { employerOnCosts } from './on-costs.ts';
import { isLate, markPayslipsSent, recordPayrollRun, setPayrollProvider } from './payroll.ts';
import { setEmploymentTerms, termsHistory, termsOn } from './terms.ts';
import { payslipView } from './views.ts';

export const EmploymentPayQuery: Pick<QueryResolvers, 'payrollProviders' | 'payslipLatenessAggregates'> = {
  payrollProviders: (_parent, _args, { db }) => db.payrollProvider.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  payslipLatenessAggregates: (_parent, { filter }, { db, graph }) => payslipLatenessAggregates(db, graph, filter),
};

export const EmploymentPayMutation: Pick<
  MutationResolvers,
  'setEmploymentTerms' | 'setPayrollProvider' | 'recordPayrollRun' | 'markPayslipsSent'
> = {
  setEmploymentTerms: (_parent, { input }, ctx) => setEmploymentTerms(ctx.db, requestAccessOf(ctx).caller, input),
  setPayrollProvider: (_parent, { employerPersonId, payrollProviderId, since }, ctx) =>
    setPayrollProvider(ctx.db, requestAccessOf(ctx).caller, employerPersonId, payrollProviderId, since),
  recordPayrollRun: (_parent, { input }, ctx) => recordPayrollRun(ctx.db, requestAccessOf(ctx).caller, input),
  markPayslipsSent: (_parent, { payrollRunId, sentOn, employmentIds }, { db }) =>
    markPayslipsSent(db, requireId(payrollRunId, 'payrollRunId'), sentOn, employmentIds),
};

/** An employment's terms (the version in force today, and every version) and its payslips. */
export const EmploymentPay: Pick<EmploymentResolvers, 'terms' | 'termsHistory' | 'payslips'> = {
  terms: async (e, _args, { loaders }) => termsOn(termsHistory(await loaders.termsByEmployment.load(e.id), e.employerPersonId)),
  termsHistory: async (e, _args, { loaders }) => termsHistory(await loaders.termsByEmployment.load(e.id), e.employerPersonId),
  payslips: async (e, _args, { loaders }) => (await loaders.payslipsByEmployment.load(e.id)).map((p) => payslipView(p, e.employerPersonId)),
};

export const PersonPay: Pick<PersonResolvers, 'payrollProvider' | 'payrollRuns' | 'onCosts'> = {
  payrollProvider: async (p, _args, { db }) =>
    isId(p.id)
      ? ((await db.employerPayroll.findUnique({ where: { employerPersonId: p.id }, include: { provider: true } }))?.provider ?? null)
      : null,
  payrollRuns: (p, { from, to }, { db }) => {
    const last = to ?? today();
    return isId(p.id)
      ? db.payrollRun.findMany({
          where: { employerPersonId: p.id, periodEnd: { gte: from ?? addDays(last, -364), lte: last } },
          orderBy: [{ periodStart: 'desc' }, { id: 'asc' }],
        })
      : [];
  },
  onCosts: (p, { from, to }, { db }) => employerOnCosts(db, p.id, from, to),
};

export const EmploymentTerms: EmploymentTermsResolvers = {
  contractedHoursPerWeek: (t) => Number(t.contractedHoursPerWeek),
  holidayEntitlementWeeks: (t) => Number(t.holidayEntitlementWeeks),
  holidayPay: (t) => t.holidayPay as 'ACCRUED' | 'AS_TAKEN',
  sickPay: (t) => t.sickPay as 'STATUTORY_ONLY' | 'CONTRACTUAL',
  insurance: (t) => (t.insurer ? t : null),
};

export const EmployersLiabilityInsurance: EmployersLiabilityInsuranceResolvers = {
  insurer: (t) => t.insurer!,
  policyReference: (t) => t.insurancePolicyReference,
  expiresOn: (t) => t.insuranceExpiresOn,
  premiumPencePerYear: (t) => t.insurancePremiumPencePerYear,
};

export const PayrollProvider: PayrollProviderResolvers = {
  kind: (p) => p.kind as 'SUPPORT_ORGANISATION' | 'PAYROLL_BUREAU',
  supportOrganisation: (p, _args, { loaders }) =>
    p.supportOrganisationId ? loaders.supportOrganisation.load(p.supportOrganisationId) : null,
};

export const PayrollRun: PayrollRunResolvers = {
  employer: (r) => ({ id: r.employerPersonId }),
  provider: async (r, _args, { loaders }) => (await loaders.payrollProvider.load(r.payrollProviderId))!,
  payslips: async (r, _args, { loaders }) => (await loaders.payslipsByRun.load(r.id)).map((p) => payslipView(p, r.employerPersonId)),
};

export const Payslip: PayslipResolvers = {
  employment: (p, _args, { loaders }) => loaders.employment.load(p.employmentId),
  hours: (p) => Number(p.hours),
  late: (p) => isLate(p),
};
