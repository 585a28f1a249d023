/**
 * Every mutation of the supergraph, as every demo user, over real HTTP through the gateway. Each
 * call names a person, PA or record the user may not see (arguments generated from the schema,
 * with the user's own organisation wherever one is asked for), and must be refused as the literal
 * table below says: FORBIDDEN for a role the write is not for, and for the others exactly as an
 * unknown id (NOT_FOUND), or as the write's own rule says. A refused write changes no table of
 * any subgraph or of the access store (a trigger on every table notes each committed row written:
 * tests/table-state.ts), and leaves a WRITE DENIED audit row and no ALLOWED one. A sample of writes
 * on records the user may see goes through, and shows in those notes.
 */
import { DEMO_USERS, demoUser, type DemoUser, buildDemoRegion } from '@continuum/demo';
import { dayFromToday } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLField,
} from 'graphql';
import { gqlData, pasVisibleTo, peopleRelatedTo, registerLead, startTestHub, type TestHub } from './helpers.ts';
import { tableState } from './table-state.ts';

const region = buildDemoRegion();
const schema = buildSchema(fs.readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8'), { assumeValidSDL: true });
const MUTATIONS = Object.values(schema.getMutationType()!.getFields());
const UNKNOWN = '0f9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c';

type Role = 'SW' | 'CHC' | 'PHB' | 'SA' | 'TR' | 'COM' | 'PA' | 'DPO' | 'P';
const ROLE_OF: Record<DemoUser['role'], Role | null> = {
  SOCIAL_WORKER: 'SW',
  CHC_NURSE: 'CHC',
  PHB_LEAD: 'PHB',
  SUPPORT_ADVISER: 'SA',
  TRAINER: 'TR',
  COMMISSIONER: 'COM',
  PERSONAL_ASSISTANT: 'PA',
  DATA_PROTECTION_OFFICER: 'DPO',
  PERSON: 'P',
  HUB_SERVICE: null,
  PUBLIC: null,
};

/**
 * Which roles may make which write, and how it answers them when it names someone (or something)
 * they may not see. Any role not listed is refused FORBIDDEN; a mutation listed with no roles is
 * the hub's own step. Written out by hand from the access model, not read from the policies.
 */
const EXPECTED: Record<string, { roles: Role[]; code?: string }> = {
  repointPersonInCouncils: { roles: [] },
  revertPersonRepointInCouncils: { roles: [] },
  respondToTransitionAsCouncil: { roles: ['SW'] },
  openCouncilEpisodeForTransition: { roles: [] },
  endCouncilEpisodeForTransition: { roles: [] },
  undoCouncilTransitionSteps: { roles: [] },
  startDirectPayment: { roles: ['SW'] },
  raiseSafeguardingConcern: { roles: ['SW', 'CHC', 'PHB', 'SA'] },
  startSafeguardingEnquiry: { roles: ['SW'] },
  closeSafeguardingConcern: { roles: ['SW'] },
  scheduleSafeguardingFollowUp: { roles: ['SW'] },
  recordSafeguardingFollowUpDone: { roles: ['SW'] },
  // Reablement: the holding council's social workers.
  startReablement: { roles: ['SW'] },
  endReablement: { roles: ['SW'] },
  // Domiciliary care waiting for a provider: the holding council's social workers.
  recordDomiciliaryCareRequest: { roles: ['SW'] },
  closeDomiciliaryCareRequest: { roles: ['SW'] },
  // The options offered at an assessment: the assessing council's social workers.
  recordAssessmentOffers: { roles: ['SW'] },
  // Support contracts: awarded by the council's staff, uptake returned by the providing organisation's advisers.
  awardSupportContract: { roles: ['SW'] },
  recordSupportContractUptake: { roles: ['SA'] },
  // Complaints about a contract's support: either party, the council's staff or the provider's advisers.
  recordSupportContractComplaint: { roles: ['SW', 'SA'] },
  closeSupportContractComplaint: { roles: ['SW', 'SA'] },
  repointPersonInHealth: { roles: [] },
  revertPersonRepointInHealth: { roles: [] },
  respondToTransitionAsHealthBody: { roles: ['CHC', 'PHB'] },
  // Waiting in a bed for care at home: the holding NHS body's CHC nurses.
  recordDischargeWait: { roles: ['CHC'] },
  recordDischarge: { roles: ['CHC'] },
  openHealthEpisodeForTransition: { roles: [] },
  endHealthEpisodeForTransition: { roles: [] },
  undoHealthTransitionSteps: { roles: [] },
  recordChcDecision: { roles: ['CHC'] },
  proposeTransition: { roles: ['SW', 'CHC', 'PHB'] },
  withdrawTransition: { roles: ['SW', 'CHC', 'PHB'] },
  reconcileTransition: { roles: ['SW', 'CHC', 'PHB'] },
  // Names no one the caller must see: it links, and the link waits for review (the answer shows nothing held).
  registerPerson: { roles: ['SW', 'CHC', 'PHB'], code: 'ANSWERED' },
  addLocalIdentifier: { roles: ['SW', 'CHC', 'PHB'] },
  linkMatchReview: { roles: ['SW', 'CHC', 'PHB'] },
  rejectMatchReview: { roles: ['SW', 'CHC', 'PHB'] },
  unlinkMatchReview: { roles: ['SW', 'CHC', 'PHB'] },
  reopenMatchReview: { roles: ['SW', 'CHC', 'PHB'] },
  mergePeople: { roles: ['SW', 'CHC', 'PHB'] },
  reconcilePersonMerge: { roles: ['SW', 'CHC', 'PHB'] },
  unmergePeople: { roles: ['SW', 'CHC', 'PHB'] },
  recordConsent: { roles: ['SW', 'CHC', 'PHB', 'P'] },
  withdrawConsent: { roles: ['SW', 'CHC', 'PHB', 'P'] },
  // For someone the caller has no relationship with by design; the reason given here is too short, so nothing is granted.
  breakGlass: { roles: ['SW', 'CHC', 'PHB'], code: 'BAD_USER_INPUT' },
  reviewBreakGlass: { roles: ['DPO'] },
  reviewAssertedRelationship: { roles: ['DPO'] },
  // Names no one the caller must see: the register's own registration, checked by matching.
  registerPersonalAssistant: { roles: ['SA'], code: 'ANSWERED' },
  linkPaMatchReview: { roles: ['SA'] },
  rejectPaMatchReview: { roles: ['SA'] },
  unlinkPaMatchReview: { roles: ['SA'] },
  reopenPaMatchReview: { roles: ['SA'] },
  mergePersonalAssistants: { roles: ['SA'] },
  reconcilePaMerge: { roles: ['SA'] },
  unmergePersonalAssistants: { roles: ['SA'] },
  repointPersonInSupport: { roles: [] },
  revertPersonRepointInSupport: { roles: [] },
  updateEmployment: { roles: ['SW', 'CHC', 'PHB', 'SA', 'P'] },
  addEmployment: { roles: ['SW', 'CHC', 'PHB', 'SA', 'P'] },
  endEmployment: { roles: ['SW', 'CHC', 'PHB', 'SA', 'P'] },
  recordTraining: { roles: ['TR', 'SA', 'SW', 'CHC', 'PHB', 'PA', 'P'] },
  // DBS checks: processed for employers by councils and support organisations.
  recordDbsCheck: { roles: ['SW', 'SA'] },
  recordDbsCertificate: { roles: ['SW', 'SA'] },
  recordDbsStatusCheck: { roles: ['SW', 'SA'] },
  recordDbsNegativeReturnDecision: { roles: ['SW', 'SA'] },
  // A care plan's household: the holding council's social workers.
  recordCarePlanHousehold: { roles: ['SW'] },
  // The Care Certificate's workplace assessment: trainers of the assessing organisation.
  registerCareCertificateAssessor: { roles: ['TR'] },
  recordCareCertificateAssessment: { roles: ['TR'] },
  // The findable register: a PA's entry is theirs or their register's; contacts are asked by those finding PAs for a person, answered by the PA.
  publishRegisterEntry: { roles: ['PA', 'SA'] },
  withdrawRegisterEntry: { roles: ['PA', 'SA'] },
  requestPaContact: { roles: ['SW', 'CHC', 'PHB', 'SA', 'P'] },
  answerPaContact: { roles: ['PA'] },
  // Contingency cover and vacancies: the employer's care team, employer support and the employer.
  setContingencyPlan: { roles: ['SW', 'CHC', 'PHB', 'SA', 'P'] },
  requestCover: { roles: ['SW', 'CHC', 'PHB', 'SA', 'P'] },
  recordCover: { roles: ['SW', 'CHC', 'PHB', 'SA', 'P'] },
  postVacancy: { roles: ['SW', 'CHC', 'PHB', 'SA', 'P'] },
  recordVacancyApplication: { roles: ['SW', 'CHC', 'PHB', 'SA', 'P'] },
  updateVacancyApplication: { roles: ['SW', 'CHC', 'PHB', 'SA', 'P'] },
  // Employment terms and payroll: the employer's support organisation (which runs payroll) and their funders' staff.
  setEmploymentTerms: { roles: ['SW', 'CHC', 'PHB', 'SA'] },
  setPayrollProvider: { roles: ['SW', 'CHC', 'PHB', 'SA'] },
  recordPayrollRun: { roles: ['SW', 'CHC', 'PHB', 'SA'] },
  markPayslipsSent: { roles: ['SW', 'CHC', 'PHB', 'SA'] },
  // Pension automatic enrolment: the employer's business, for their funders' staff, employer support and the employer.
  assessPensionEligibility: { roles: ['SW', 'CHC', 'PHB', 'SA', 'P'] },
  recordPensionEnrolment: { roles: ['SW', 'CHC', 'PHB', 'SA', 'P'] },
  recordPensionOptOut: { roles: ['SW', 'CHC', 'PHB', 'SA', 'P'] },
  recordPensionReEnrolment: { roles: ['SW', 'CHC', 'PHB', 'SA', 'P'] },
  // Direct payment mentors: the council's direct payment support team (its social workers).
  registerDpMentor: { roles: ['SW'] },
  recordDpMentorOffer: { roles: ['SW'] },
  // PA peer groups: a support organisation's advisers, for its own groups (the payroll bureau serves no area under its own code).
  registerPeerGroup: { roles: ['SA'], code: 'BAD_USER_INPUT' },
  recordPeerGroupMeeting: { roles: ['SA'] },
  // A provider schedules its own courses' sessions (the trust's trainer is refused another provider's course).
  scheduleCourseSession: { roles: ['TR'], code: 'FORBIDDEN' },
  // An employer's training funding claims: their council's social workers, their support organisation and the employer.
  recordTrainingFundingClaim: { roles: ['SW', 'SA', 'P'] },
  settleTrainingFundingClaim: { roles: ['SW', 'SA', 'P'] },
  repointPersonalAssistantInTraining: { roles: [] },
  revertPersonalAssistantRepointInTraining: { roles: [] },
  repointPersonInTraining: { roles: [] },
  revertPersonRepointInTraining: { roles: [] },
};

// Who may see whom, by the README's rules read from the region (tests/who-may-see.ts).
const organisations = [...new Set(DEMO_USERS.filter((u) => u.organisationKind !== 'INDIVIDUAL').map((u) => u.organisationCode))];
const seenBy = new Map(organisations.map((o) => [o, peopleRelatedTo(region, o)]));
const paSeenBy = new Map(organisations.map((o) => [o, pasVisibleTo(region, o)]));
const seenByAnyone = new Set([...seenBy.values()].flatMap((s) => [...s]));
const paSeenByAnyone = new Set([...paSeenBy.values()].flatMap((s) => [...s]));
const ELEANOR = demoUser('person.eleanor-robson').personId!;
const AISHA = demoUser('pa.aisha-khan').personalAssistantId!;
/** People and PAs no demo user may see: the strangers every call names. */
const strangers = region.people.filter((p) => !seenByAnyone.has(p.id) && p.id !== ELEANOR && p.nhsNumberStatus === '01');
const [STRANGER, STRANGER_2, REGISTERED_STRANGER, REVIEW_STRANGER_1, REVIEW_STRANGER_2] = strangers;
const [STRANGER_PA, STRANGER_PA_2] = region.personalAssistants.filter((p) => !paSeenByAnyone.has(p.id) && p.id !== AISHA);
const strangerEmployment = region.employments.find(
  (e) => !seenByAnyone.has(e.employerPersonId) && !paSeenByAnyone.has(e.personalAssistantId),
)!;
/** A care plan of someone no demo user may see. */
const strangerCarePlan = region.carePlans.find((c) => !seenByAnyone.has(c.personId))!;
/** A training funding claim of an employer no demo user may see. */
const strangerFundingClaim = region.trainingFundingClaims.find((c) => !seenByAnyone.has(c.employerPersonId) && c.status === 'SUBMITTED')!;
/** A DBS check of a PA no demo user may see. */
const strangerDbsCheck = region.dbsChecks.find((c) => !paSeenByAnyone.has(c.personalAssistantId))!;
const NEWCASTLE = 'E08000021';
const FLINTSHIRE = 'W06000005';
const newcastleOnly = region.people.find((p) => p.id !== ELEANOR && [...seenBy].every(([o, s]) => s.has(p.id) === (o === NEWCASTLE)))!;
const flintshireOnly = region.people.find((p) => [...seenBy].every(([o, s]) => s.has(p.id) === (o === FLINTSHIRE)))!;

const canSee = (user: DemoUser, personId: string) =>
  user.personId
    ? user.personId === personId
    : user.role === 'DATA_PROTECTION_OFFICER' || !!seenBy.get(user.organisationCode)?.has(personId);
/** A transition the user's organisation is no party to, about someone it may not see (else an id never held). */
const transitionFor = (user: DemoUser) =>
  region.transitions.find(
    (t) =>
      ['PROPOSED', 'AGREED'].includes(t.status) &&
      !canSee(user, t.personId) &&
      t.proposedBy !== user.organisationCode &&
      !t.parties.some((p) => p.funderCode === user.organisationCode),
  )?.id ?? UNKNOWN;
/** A safeguarding concern another council holds, about someone the user may not see. */
const concernFor = (user: DemoUser) =>
  region.safeguardingConcerns.find((c) => c.councilGssCode !== user.organisationCode && !canSee(user, c.personId))?.id ?? UNKNOWN;

/** Values for arguments the schema alone cannot choose, per mutation (merged over the generated ones). */
function overrides(field: string, user: DemoUser, made: Made): Record<string, any> {
  const stranger = STRANGER;
  switch (field) {
    case 'respondToTransitionAsCouncil':
    case 'respondToTransitionAsHealthBody':
      return { transitionId: transitionFor(user) };
    case 'withdrawTransition':
    case 'reconcileTransition':
      return { id: transitionFor(user) };
    case 'startSafeguardingEnquiry':
      return { id: concernFor(user) };
    case 'closeSafeguardingConcern':
      return { input: { id: concernFor(user) } };
    case 'startDirectPayment':
      return {
        input: { start: dayFromToday(365), end: dayFromToday(365), paymentSupport: 'SELF_MANAGED', hourlyRate: 14, hoursPerWeek: 10 },
      };
    case 'proposeTransition':
      return { input: { toVehicle: 'PERSONAL_HEALTH_BUDGET', effectiveDate: dayFromToday(30), newPlan: { weeklyAmount: 300 } } };
    case 'registerPerson': {
      const wrongBirth = `${Number(REGISTERED_STRANGER.dateOfBirth.slice(0, 4)) - 2}${REGISTERED_STRANGER.dateOfBirth.slice(4)}`;
      return {
        input: {
          nhsNumber: REGISTERED_STRANGER.nhsNumber,
          nhsNumberVerificationStatus: 'NUMBER_PRESENT_AND_VERIFIED',
          givenName: REGISTERED_STRANGER.givenName,
          familyName: REGISTERED_STRANGER.familyName,
          dateOfBirth: wrongBirth,
        },
      };
    }
    case 'linkMatchReview':
      return { id: made.personReviewFor(user), personId: stranger.id };
    case 'rejectMatchReview':
    case 'unlinkMatchReview':
    case 'reopenMatchReview':
      return { id: made.personReviewFor(user) };
    case 'mergePeople':
      return { survivorId: stranger.id, retiredId: STRANGER_2.id };
    case 'mergePersonalAssistants':
      return { survivorId: STRANGER_PA.id, retiredId: STRANGER_PA_2.id };
    case 'linkPaMatchReview':
      return { id: made.paReview, personalAssistantId: STRANGER_PA.id };
    case 'rejectPaMatchReview':
    case 'unlinkPaMatchReview':
    case 'reopenPaMatchReview':
      return { id: made.paReview };
    case 'withdrawConsent':
      return { id: user.organisationCode === NEWCASTLE ? made.flintshireConsent : made.newcastleConsent };
    case 'recordConsent':
      return { input: { organisationCodes: [user.organisationCode], validTo: dayFromToday(30) } };
    case 'breakGlass':
      return { reason: 'too short', minutes: 10 };
    case 'reviewAssertedRelationship':
      return { id: '999999999' };
    case 'registerPersonalAssistant':
      // A namesake of a PA the register never held: a possible match, for its own review.
      return {
        input: {
          givenName: STRANGER_PA.givenName,
          familyName: STRANGER_PA.familyName,
          dateOfBirth: STRANGER_PA.dateOfBirth,
          niNumberSuffix: '34C',
          postcodeDistrict: 'ZZ9',
          registerReference: `MATRIX-${user.userId}`,
        },
      };
    case 'updateEmployment':
    case 'endEmployment':
      return { id: strangerEmployment.id };
    case 'addEmployment':
      return { input: { start: dayFromToday(7), hoursPerWeek: 10 } };
    case 'setEmploymentTerms':
      return { input: { employmentId: strangerEmployment.id } };
    case 'registerCareCertificateAssessor':
      return { input: { personalAssistantId: STRANGER_PA.id } };
    case 'recordCarePlanHousehold':
      return { carePlanId: strangerCarePlan.id };
    case 'recordDbsCertificate':
    case 'recordDbsStatusCheck':
    case 'recordDbsNegativeReturnDecision':
      return { id: strangerDbsCheck.id };
    case 'recordTraining':
      return { input: { courseCode: 'HT-CATH', completedOn: dayFromToday(0), signedOffBy: { nhsStaff: true } } };
    case 'scheduleCourseSession':
      return { input: { courseCode: 'ESS-FA', startsAt: `${dayFromToday(30)}T10:00:00Z`, endsAt: `${dayFromToday(30)}T13:00:00Z` } };
    case 'recordTrainingFundingClaim':
      return { input: { courseCode: 'ESS-FA' } };
    case 'settleTrainingFundingClaim':
      return { id: strangerFundingClaim.id };
    default:
      return {};
  }
}

interface Made {
  personReviewFor(user: DemoUser): string;
  paReview: string;
  newcastleConsent: string;
  flintshireConsent: string;
}

/** Argument names that name a person, a PA, or the caller's own organisation. */
const PERSON_ARGS = new Set(['personId', 'employerPersonId', 'fromPersonId', 'toPersonId']);
const PA_ARGS = new Set(['personalAssistantId', 'fromPersonalAssistantId', 'toPersonalAssistantId']);
const ORGANISATION_ARGS = new Set([
  'councilGssCode',
  'healthBodyOdsCode',
  'proposedBy',
  'registerOrganisationId',
  'organisationCode',
  'toFunderCode',
  'funderCode',
]);

/** A value of `type` for the argument at `name`: the stranger for a person or PA, the user's own organisation, else something well formed. */
function valueFor(type: GraphQLInputType, name: string, user: DemoUser): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [valueFor(inner.ofType, name, user)];
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, valueFor(f.type, f.name, user)]),
    );
  }
  if (isEnumType(inner)) return inner.getValues()[0].name;
  if (PERSON_ARGS.has(name)) return STRANGER.id;
  if (PA_ARGS.has(name)) return STRANGER_PA.id;
  if (ORGANISATION_ARGS.has(name)) return user.organisationCode;
  if (!isScalarType(inner)) throw new Error(`no value for ${name}`);
  switch (inner.name) {
    case 'ID':
      return UNKNOWN;
    case 'Date':
      return dayFromToday(0);
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    default:
      return 'Written by the mutation matrix';
  }
}

const merge = (a: any, b: any): any =>
  b && typeof b === 'object' && !Array.isArray(b) && a && typeof a === 'object'
    ? Object.fromEntries([...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => [k, k in b ? merge(a[k], b[k]) : a[k]]))
    : b === undefined
      ? a
      : b;

/** The operation for a mutation: its required arguments (and any overridden) as variables, and the scalar fields of its answer. */
function operationFor(
  field: GraphQLField<unknown, unknown>,
  user: DemoUser,
  made: Made,
): { query: string; variables: Record<string, unknown> } {
  const extra = overrides(field.name, user, made);
  const args = field.args.filter((a) => isNonNullType(a.type) || a.name in extra);
  const generated = Object.fromEntries(args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, valueFor(a.type, a.name, user)]));
  const variables = merge(generated, extra);
  const named = getNamedType(field.type);
  const selection = 'getFields' in named ? '{ __typename }' : '';
  const query = `mutation (${args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')}) { ${field.name}(${args.map((a) => `${a.name}: $${a.name}`).join(', ')}) ${selection} }`;
  return { query, variables };
}

describe('every mutation × every demo user: refused writes answer as the table says and change nothing', () => {
  let hub: TestHub;
  let made: Made;
  let lastAudit = 0;

  beforeAll(async () => {
    hub = await startTestHub();
    // Reviews submitted by one council are theirs alone while open: each user is given one submitted elsewhere.
    const openReview = async (userId: string, p: (typeof strangers)[number]) =>
      (
        await gqlData(hub.as(userId), `mutation ($i: RegisterPersonInput!) { registerPerson(input: $i) { outcome review { id } } }`, {
          i: { givenName: 'Xanthe', familyName: p.familyName, dateOfBirth: p.dateOfBirth, postcodeDistrict: p.postcodeDistrict },
        })
      ).registerPerson;
    const durhamReview = await openReview('social-worker.durham', REVIEW_STRANGER_1);
    const stocktonReview = await openReview('social-worker.stockton', REVIEW_STRANGER_2);
    assert.deepEqual([durhamReview.outcome, stocktonReview.outcome], ['SENT_TO_REVIEW', 'SENT_TO_REVIEW']);
    // A PA review of a register no demo user works for.
    const register = region.supportOrganisations.find(
      (o) => o.kinds.includes('PA_REGISTER_HOST') && o.id !== demoUser('support-adviser.tyneside-payroll').organisationCode,
    )!;
    const lead = hub.as(registerLead(register.id));
    const pa = {
      registerOrganisationId: register.id,
      givenName: 'Morwenna',
      familyName: 'Trelawny',
      dateOfBirth: '1979-05-04',
      niNumberSuffix: '12A',
      postcodeDistrict: 'NE4',
    };
    await gqlData(lead, `mutation ($i: RegisterPersonalAssistantInput!) { registerPersonalAssistant(input: $i) { outcome } }`, {
      i: { ...pa, registerReference: 'MATRIX-1' },
    });
    const paReview = (
      await gqlData(
        lead,
        `mutation ($i: RegisterPersonalAssistantInput!) { registerPersonalAssistant(input: $i) { outcome review { id } } }`,
        { i: { ...pa, registerReference: 'MATRIX-2', niNumberSuffix: '98D', postcodeDistrict: 'TS24' } },
      )
    ).registerPersonalAssistant;
    assert.equal(paReview.outcome, 'SENT_TO_REVIEW');
    // Consents a council records for someone only it works with.
    const consent = async (userId: string, personId: string) =>
      (
        await gqlData(hub.as(userId), `mutation ($i: RecordConsentInput!) { recordConsent(input: $i) { id } }`, {
          i: {
            personId,
            kind: 'CONSENT',
            purpose: 'DIRECT_CARE',
            organisationCodes: ['E06000001'],
            validFrom: dayFromToday(0),
            validTo: dayFromToday(90),
            givenBy: 'PERSON',
            method: 'VERBAL',
          },
        })
      ).recordConsent.id;
    made = {
      personReviewFor: (user) => (user.organisationCode === 'E06000047' ? stocktonReview.review.id : durhamReview.review.id),
      paReview: paReview.review.id,
      newcastleConsent: await consent('social-worker.newcastle', newcastleOnly.id),
      flintshireConsent: await consent('social-worker.flintshire', flintshireOnly.id),
    };
    lastAudit = Number((await hub.accessStore.pool.query('SELECT coalesce(max(id), 0) AS n FROM audit_event')).rows[0].n);
  });
  afterAll(() => hub.stop());

  async function auditSince(): Promise<any[]> {
    const r = await hub.accessStore.pool.query('SELECT * FROM audit_event WHERE id > $1 ORDER BY id', [lastAudit]);
    if (r.rows.length) lastAudit = Number(r.rows[r.rows.length - 1].id);
    return r.rows;
  }

  it('has an expectation for every mutation of the supergraph, and no other', () => {
    assert.deepEqual(MUTATIONS.map((m) => m.name).sort(), Object.keys(EXPECTED).sort());
  });

  for (const field of MUTATIONS) {
    it(`${field.name}: as every demo user`, async () => {
      const expected = EXPECTED[field.name];
      assert.ok(expected, `no expectation for ${field.name}`);
      let before = await tableState(hub);
      await auditSince();
      for (const user of DEMO_USERS) {
        const allowed = expected.roles.includes(ROLE_OF[user.role]!);
        const code = allowed ? (expected.code ?? 'NOT_FOUND') : 'FORBIDDEN';
        const { query, variables } = operationFor(field, user, made);
        const res = await hub.as(user)(query, variables);
        const label = `${field.name} as ${user.userId}`;
        const text = JSON.stringify(res);
        for (const held of [STRANGER.familyName, STRANGER.dateOfBirth, REGISTERED_STRANGER.dateOfBirth])
          assert.equal(text.includes(held), false, `${label}: nothing held about the stranger is shown: ${text}`);
        if (code === 'ANSWERED') {
          assert.equal(res.errors, undefined, `${label}: ${text}`);
          assert.equal(res.data[field.name].__typename, field.name === 'registerPerson' ? 'PersonRegistration' : 'PaRegistration');
          before = await tableState(hub);
          await auditSince();
          continue;
        }
        assert.equal(res.errors?.[0]?.extensions?.code, code, `${label}: ${text}`);
        assert.equal(res.data?.[field.name] ?? null, null, label);
        const after = await tableState(hub);
        assert.deepEqual(after, before, `${label}: a refused write changed nothing`);
        before = after;
        const audit = (await auditSince()).filter((a) => a.user_id === user.userId && a.action === 'WRITE');
        assert.ok(
          audit.some((a) => a.outcome === 'DENIED'),
          `${label}: audited as a refused write: ${JSON.stringify(audit)}`,
        );
        assert.ok(!audit.some((a) => a.outcome === 'ALLOWED'), `${label}: nothing audited as written`);
      }
    });
  }

  it('a registration of the stranger by every care team left nothing open: each link waits for the data protection officer', async () => {
    for (const user of DEMO_USERS.filter((u) => EXPECTED.registerPerson.roles.includes(ROLE_OF[u.role]!))) {
      assert.equal(
        (await hub.as(user)(`query ($id: ID) { person(id: $id) { id } }`, { id: REGISTERED_STRANGER.id })).errors?.[0]?.extensions?.code,
        'NOT_FOUND',
        user.userId,
      );
    }
    const pending = (
      await gqlData(
        hub.as('dpo.continuum'),
        `{ assertedRelationships(pendingOnly: true) { subjectId organisationCode status assertedThrough } }`,
      )
    ).assertedRelationships;
    const mine = pending.filter((r: any) => r.subjectId === REGISTERED_STRANGER.id);
    assert.deepEqual(
      [...new Set(mine.map((r: any) => r.organisationCode))].sort(),
      [
        ...new Set(DEMO_USERS.filter((u) => EXPECTED.registerPerson.roles.includes(ROLE_OF[u.role]!)).map((u) => u.organisationCode)),
      ].sort(),
    );
  });

  describe('a sample of writes on records the user may see goes through', () => {
    const eleanorsEmployment = region.employments.find((e) => e.employerPersonId === ELEANOR && e.end === null)!;
    // The NHS trust that trains Aisha records one of its competences for her, signed off by NHS staff.
    const trainer = demoUser('trainer.newcastle-hospitals');
    const ownCourse = region.courses.find((c) => c.providerId === trainer.organisationCode && c.requiresNhsSignOff)!;
    const SAMPLE: [string, string, string, Record<string, unknown>][] = [
      [
        'social-worker.newcastle',
        'addLocalIdentifier',
        `mutation ($p: ID!) { addLocalIdentifier(personId: $p, input: { agency: COUNCIL, organisationCode: "${NEWCASTLE}", value: "NCL-MATRIX-1" }) { id } }`,
        { p: ELEANOR },
      ],
      [
        'chc-nurse.icb',
        'recordChcDecision',
        `mutation ($p: ID!, $d: Date!, $n: Date) { recordChcDecision(input: { personId: $p, healthBodyOdsCode: "QHM", decidedOn: $d, outcome: NOT_ELIGIBLE, nextReview: $n }) { id } }`,
        { p: ELEANOR, d: dayFromToday(0), n: dayFromToday(365) },
      ],
      [
        'phb-lead.icb',
        'raiseSafeguardingConcern',
        `mutation ($p: ID!) { raiseSafeguardingConcern(input: { personId: $p, councilGssCode: "${NEWCASTLE}", source: NHS_STAFF, category: PHYSICAL, summary: "Missed medication on two visits this week." }) { id } }`,
        { p: ELEANOR },
      ],
      [
        'support-adviser.tyneside-payroll',
        'updateEmployment',
        `mutation ($id: ID!) { updateEmployment(id: $id, input: { insuranceUpdated: true }) { id } }`,
        { id: eleanorsEmployment.id },
      ],
      [
        'social-worker.newcastle',
        'recordDbsCheck',
        `mutation ($pa: ID!, $d: Date!) { recordDbsCheck(input: { personalAssistantId: $pa, level: ENHANCED, adultsBarredList: true, appliedOn: $d, paidBy: COUNCIL }) { id } }`,
        { pa: AISHA, d: dayFromToday(0) },
      ],
      [
        'trainer.newcastle-hospitals',
        'recordTraining',
        `mutation ($pa: ID!, $c: String!, $d: Date!) { recordTraining(input: { personalAssistantId: $pa, courseCode: $c, completedOn: $d, signedOffBy: { name: "Fiona Walker", role: "Clinical educator", organisation: "Newcastle upon Tyne Hospitals", nhsStaff: true } }) { id } }`,
        { pa: AISHA, c: ownCourse.code, d: dayFromToday(0) },
      ],
    ];
    for (const [userId, field, query, variables] of SAMPLE) {
      it(`${field} as ${userId}`, async () => {
        await auditSince();
        const before = await tableState(hub);
        const res = await hub.as(userId)(query, variables);
        assert.equal(res.errors, undefined, JSON.stringify(res.errors));
        assert.ok(res.data[field].id);
        // The check that refused writes changed nothing sees a write that went through.
        assert.notDeepEqual(await tableState(hub), before, 'the write shows in the table state');
        const audit = (await auditSince()).filter((a) => a.user_id === userId && a.action === 'WRITE');
        assert.ok(
          audit.some((a) => a.outcome === 'ALLOWED'),
          JSON.stringify(audit),
        );
      });
    }
  });
});
