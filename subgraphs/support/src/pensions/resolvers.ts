import { requestAccessOf } from '@continuum/access';
import { isId, requireId } from '@continuum/runtime';
import type {
  EmploymentResolvers,
  MutationResolvers,
  PensionAssessmentResolvers,
  PensionDutyResolvers,
  PensionEnrolmentResolvers,
  PensionJobholderResolvers,
  PersonResolvers,
  QueryResolvers,
} from '../generated/resolvers-types.ts';
import { addMonths } from './calendar.ts';
import { loadDuties } from './duty.ts';
import { assessEmployment, recordEnrolment, recordOptOut, recordReEnrolment } from './mutations.ts';
import { withParties } from './views.ts';

/** The longest list pensionDuties answers: duties not met come first. */
const MAX_LISTED = 200;

export const PensionQuery: Pick<QueryResolvers, 'pensionThresholds' | 'pensionDuties'> = {
  pensionThresholds: (_parent, { taxYear }, { db }) =>
    db.pensionThreshold.findMany({
      where: taxYear ? { taxYear } : {},
      orderBy: [{ startsOn: 'asc' }, { lowerLevelPence: 'asc' }],
    }),
  pensionDuties: async (_parent, { met }, ctx) => {
    // Narrowed to the employers the caller may see before anything is worked out.
    const employers = (await ctx.db.employment.findMany({ distinct: ['employerPersonId'], select: { employerPersonId: true } })).map(
      (e) => e.employerPersonId,
    );
    const visible = await requestAccessOf(ctx).visiblePeople(employers);
    const duties = (await loadDuties(ctx.db, visible)).filter((d) => met == null || d.met === met);
    return duties
      .sort(
        (a, b) =>
          Number(a.met) - Number(b.met) ||
          b.eligibleJobholders.length - a.eligibleJobholders.length ||
          a.dutyStartDate.getTime() - b.dutyStartDate.getTime() ||
          a.employerPersonId.localeCompare(b.employerPersonId),
      )
      .slice(0, MAX_LISTED);
  },
};

export const PensionMutation: Pick<
  MutationResolvers,
  'assessPensionEligibility' | 'recordPensionEnrolment' | 'recordPensionOptOut' | 'recordPensionReEnrolment'
> = {
  assessPensionEligibility: (_parent, { employment, periodStart, periodEnd }, ctx) =>
    assessEmployment(ctx.db, requestAccessOf(ctx).caller, requireId(employment, 'employment'), periodStart, periodEnd),
  recordPensionEnrolment: (_parent, { employment, enrolledOn, scheme, kind }, ctx) =>
    recordEnrolment(ctx.db, requestAccessOf(ctx).caller, requireId(employment, 'employment'), enrolledOn, scheme, kind),
  recordPensionOptOut: (_parent, { enrolment, optedOutOn }, ctx) =>
    recordOptOut(ctx.db, requestAccessOf(ctx).caller, requireId(enrolment, 'enrolment'), optedOutOn),
  recordPensionReEnrolment: (_parent, { employerPersonId, reEnrolledOn, employments, scheme }, ctx) =>
    recordReEnrolment(
      ctx.db,
      requestAccessOf(ctx).caller,
      requireId(employerPersonId, 'employerPersonId'),
      reEnrolledOn,
      employments.map((id, i) => requireId(id, `employments[${i}]`)),
      scheme,
    ),
};

export const PensionAssessment: PensionAssessmentResolvers = {
  employment: (a, _args, { loaders }) => loaders.employment.load(a.employmentId),
  payPeriod: (a) => a.payPeriod as never,
  category: (a) => a.category as never,
};

export const PensionEnrolment: PensionEnrolmentResolvers = {
  employment: (m, _args, { loaders }) => loaders.employment.load(m.employmentId),
  kind: (m) => m.kind as never,
  optOutWindowEndsOn: (m) => addMonths(m.enrolledOn, 1),
  active: (m) => m.optedOutOn === null,
};

export const PensionJobholder: PensionJobholderResolvers = {
  employment: (j, _args, { loaders }) => loaders.employment.load(j.employmentId),
};

export const PensionDuty: PensionDutyResolvers = {
  employer: (d) => ({ id: d.employerPersonId }),
};

export const EmploymentPensions: Pick<EmploymentResolvers, 'pensionAssessments' | 'pensionEnrolments'> = {
  pensionAssessments: async (e, _args, { db }) =>
    withParties(
      db,
      await db.pensionAssessment.findMany({ where: { employmentId: e.id }, orderBy: [{ periodEnd: 'desc' }, { id: 'asc' }] }),
    ),
  pensionEnrolments: async (e, _args, { db }) =>
    withParties(
      db,
      await db.pensionEnrolment.findMany({ where: { employmentId: e.id }, orderBy: [{ enrolledOn: 'desc' }, { id: 'asc' }] }),
    ),
};

export const PersonPensionDuty: Pick<PersonResolvers, 'pensionDuty'> = {
  pensionDuty: async (p, _args, { db }) => (isId(p.id) ? ((await loadDuties(db, [p.id.toLowerCase()]))[0] ?? null) : null),
};
