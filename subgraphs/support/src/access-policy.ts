import { recordEmploymentLink, recordRegistrationRelationship, recordSubject, type AccessPolicy, type SubjectOf } from '@continuum/access';
import type { Context } from './context.ts';
import { dbsCheckSubject, dbsProcessorOnly } from './dbs-checks/access.ts';
import type { DbsCheckView } from './dbs-checks/view.ts';
import type { EmploymentModel, PaMergeModel, PersonalAssistantModel } from './generated/prisma/models.ts';
import type { PaRegistrationResult } from './matching/registration.ts';
import { paReviewSubject, type StoredPaCandidate } from './matching/stored.ts';
import { findableRegisterPolicy } from './register/access-policy.ts';
import { coverPolicy } from './cover/access-policy.ts';
import { vacancyPolicy } from './vacancies/access-policy.ts';
import { employmentPayPolicy } from './employment-pay/access-policy.ts';
import { pensionPolicy } from './pensions/access-policy.ts';
import { peerGroupPolicy } from './peer-groups/access-policy.ts';
import { mentorPolicy } from './mentors/access-policy.ts';

/** Whose an employment named by id is, for the mutations that change one. */
const employmentSubject = recordSubject(
  'id',
  'Employment',
  (id, { loaders }: Context) => loaders.employment.load(id),
  (e) => ({ personId: e.employerPersonId }),
);

/** A PA named by id: visible through the caller's relationships with them (not held answers not found too). */
const paSubject = (arg: string): SubjectOf => ({ arg, recordType: 'PersonalAssistant', lookup: async (id) => ({ paId: id }) });
const paReviewSubjectOf = (arg: string) =>
  recordSubject(arg, 'PaMatchReview', (id, { loaders }: Context) => loaders.paMatchReview.load(id), paReviewSubject);
const paMergeSubject = (arg: string) =>
  recordSubject(
    arg,
    'PaMerge',
    (id, ctx: Context) => ctx.db.paMerge.findUnique({ where: { id } }),
    (m) => ({ paId: m.survivorId }),
  );

/** The register that registered or linked a PA keeps them on its register (it may then see them). */
const registerRelationship = (
  r: { id: string; personalAssistant?: { id: string } | null; review?: { id: string } | null; outcome?: string },
  ctx: unknown,
  corroboratedBy: string | null = null,
) => recordRegistrationRelationship(ctx, r, { kind: 'PA', id: r.personalAssistant?.id }, 'PA_REGISTER', 'PaRegistration', corroboratedBy);
/** The PA a review decision leaves the identity with; `created` when the decision made a new PA record for it. */
const decided = (created: boolean) => (r: { id: string; personalAssistantId?: string | null }, _args: unknown, ctx: unknown) =>
  registerRelationship(
    { id: r.id, personalAssistant: r.personalAssistantId ? { id: r.personalAssistantId } : null },
    ctx,
    created ? CREATED_BY_DECISION : null,
  );
const CREATED_BY_DECISION = 'the review decision created the record';

/** A PA register's own work: registering PAs, deciding its duplicate reviews, merging PA records. */
const registerWork = {
  access: 'PERSON_DATA',
  fieldClass: 'PA_PROFILE',
  roles: ['SUPPORT_ADVISER'],
  organisationKinds: ['SUPPORT_ORGANISATION'],
} as const;
/** An employment is the employer's record: kept by their funders' staff, their employer support, and the employer. */
const employmentWork = {
  access: 'PERSON_DATA',
  fieldClass: 'EMPLOYMENT',
  roles: ['SOCIAL_WORKER', 'CHC_NURSE', 'PHB_LEAD', 'SUPPORT_ADVISER', 'PERSON'],
} as const;

/** DBS checks are processed for employers by councils (45%) and support organisations (35%). */
const dbsWork = {
  access: 'PERSON_DATA',
  fieldClass: 'PA_PROFILE',
  roles: ['SOCIAL_WORKER', 'SUPPORT_ADVISER'],
  organisationKinds: ['COUNCIL', 'SUPPORT_ORGANISATION'],
} as const;

/**
 * Who may see what the PA register and employments serve, and who may write what: every mutation
 * is named here, checked before anything is written. The hub's own steps (merges) are HUB_ONLY.
 */
export const accessPolicy: AccessPolicy = {
  root: {
    Query: {
      supportOrganisations: 'PUBLIC',
      personalAssistant: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE' },
      personalAssistants: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE' },
      employment: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT' },
      employments: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT' },
      // PA identity: the register's own work (registration, duplicate review, merging PA records).
      paMatchReviews: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE' },
      paMatchReview: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE' },
      paMerge: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE', subjectOf: paMergeSubject('id') },
      paMerges: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE', subjectOf: paSubject('personalAssistantId') },
      // Each check is the PA's: the list holds only those of PAs the caller may see.
      dbsChecks: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE' },
      // Lists of person ids feed the hub's own funding-mix aggregate; never a caller's.
      employerPersonIdsInPeriod: 'HUB_ONLY',
      employmentSpansInPeriod: 'HUB_ONLY',
      // PA capacity by district feeds a council's question about the options its assessments offered.
      findablePaDistricts: 'HUB_ONLY',
      // Exact payslip and peer group counts feed the councils' support-contract aggregate, which publishes them suppressed.
      payslipCountsForGroups: 'HUB_ONLY',
      peerGroupMeetingCounts: 'HUB_ONLY',
      ...findableRegisterPolicy.Query,
      ...coverPolicy.Query,
      ...vacancyPolicy.Query,
      ...employmentPayPolicy.Query,
      ...pensionPolicy.Query,
      ...peerGroupPolicy.Query,
      ...mentorPolicy.Query,
    },
    Mutation: {
      // An employment names an employer and a PA the caller may both see; whoever may see the employer may then see the PA (once corroborated).
      addEmployment: {
        ...employmentWork,
        personArg: 'input.employerPersonId',
        paArg: 'input.personalAssistantId',
        after: (e: EmploymentModel, _args, ctx) => recordEmploymentLink(ctx, e),
      },
      updateEmployment: { ...employmentWork, subjectOf: employmentSubject },
      endEmployment: {
        ...employmentWork,
        subjectOf: employmentSubject,
        after: (e: EmploymentModel, _args, ctx) => recordEmploymentLink(ctx, e),
      },
      // A register registers PAs on itself only; a link to a PA held elsewhere stands only once corroborated.
      registerPersonalAssistant: {
        ...registerWork,
        organisationArg: 'input.registerOrganisationId',
        after: (r: PaRegistrationResult, _args, ctx) => registerRelationship(r, ctx),
      },
      // A review is decided by whoever may see it: the submitting register, or one that may see the PA it names.
      linkPaMatchReview: { ...registerWork, subjectOf: [paReviewSubjectOf('id'), paSubject('personalAssistantId')], after: decided(false) },
      // Not a match, or a link undone: the identity gets a PA record of its own, which asserts nothing about anyone held.
      rejectPaMatchReview: { ...registerWork, subjectOf: paReviewSubjectOf('id'), after: decided(true) },
      unlinkPaMatchReview: { ...registerWork, subjectOf: paReviewSubjectOf('id'), after: decided(true) },
      reopenPaMatchReview: { ...registerWork, subjectOf: paReviewSubjectOf('id') },
      mergePersonalAssistants: { ...registerWork, subjectOf: [paSubject('survivorId'), paSubject('retiredId')] },
      reconcilePaMerge: { ...registerWork, subjectOf: paMergeSubject('id') },
      unmergePersonalAssistants: { ...registerWork, subjectOf: paMergeSubject('mergeId') },
      // DBS checks: the council or support organisation that processed one records it and its certificate;
      // status checks and the decision after a negative return by those supporting the employer (brief W5).
      recordDbsCheck: { ...dbsWork, paArg: 'input.personalAssistantId', personArg: 'input.requestedByPersonId' },
      recordDbsCertificate: { ...dbsWork, subjectOf: dbsCheckSubject('id'), before: dbsProcessorOnly('id') },
      recordDbsStatusCheck: { ...dbsWork, subjectOf: dbsCheckSubject('id') },
      recordDbsNegativeReturnDecision: { ...dbsWork, fieldClass: 'DBS_DECISIONS', subjectOf: dbsCheckSubject('id') },
      repointPersonInSupport: 'HUB_ONLY',
      revertPersonRepointInSupport: 'HUB_ONLY',
      ...findableRegisterPolicy.Mutation,
      ...coverPolicy.Mutation,
      ...vacancyPolicy.Mutation,
      ...employmentPayPolicy.Mutation,
      ...pensionPolicy.Mutation,
      ...peerGroupPolicy.Mutation,
      ...mentorPolicy.Mutation,
    },
  },
  types: {
    ...findableRegisterPolicy.types,
    ...coverPolicy.types,
    ...vacancyPolicy.types,
    ...employmentPayPolicy.types,
    ...pensionPolicy.types,
    ...peerGroupPolicy.types,
    ...mentorPolicy.types,
    Person: {
      subject: (p: { id: string }) => ({ personId: p.id }),
      fieldClass: 'PERSON_IDENTITY',
      fields: {
        paTeam: 'EMPLOYMENT',
        employmentHistory: 'EMPLOYMENT',
        payrollProvider: 'PAY',
        payrollRuns: 'PAY',
        onCosts: 'PAY',
        pensionDuty: 'PAY',
      },
    },
    PaMerge: { subject: (m: PaMergeModel) => ({ paId: m.survivorId }), fieldClass: 'PA_PROFILE' },
    // The identity a register submitted is its own; others see the review once it names a PA they may see.
    PaMatchReview: { subject: paReviewSubject, fieldClass: 'PA_PROFILE' },
    // A candidate the reviewer may not see is left out, as if not held (the matcher names the PA candidate's id `personId`).
    PaMatchCandidate: { subject: (c: StoredPaCandidate) => ({ paId: c.personId }), fieldClass: 'PA_PROFILE' },
    PersonalAssistant: {
      subject: (pa: PersonalAssistantModel) => ({ paId: pa.id }),
      fieldClass: 'PA_PROFILE',
      fields: { nationalInsuranceNumberSuffix: 'NI_NUMBER', employers: 'EMPLOYMENT' },
    },
    // A PA's DBS check is seen with the PA: level and currency for those deciding on employment; who asked
    // for it with employments; the decision after a negative return by those deciding (never what was disclosed).
    DbsCheck: {
      subject: (v: DbsCheckView) => ({ paId: v.paId }),
      fieldClass: 'PA_PROFILE',
      fields: { requestedBy: 'EMPLOYMENT', negativeReturnDecision: 'DBS_DECISIONS' },
    },
    // The employer's record, and the PA's own: others see it only through the employer.
    Employment: {
      subject: (e: EmploymentModel, caller) =>
        caller.role === 'PERSONAL_ASSISTANT' ? { paId: e.personalAssistantId } : { personId: e.employerPersonId },
      fieldClass: 'EMPLOYMENT',
      fields: { terms: 'PAY', termsHistory: 'PAY', payslips: 'PAY', pensionAssessments: 'PAY', pensionEnrolments: 'PAY' },
    },
  },
};
