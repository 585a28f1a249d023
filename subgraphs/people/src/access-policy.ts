import { recordRegistrationRelationship, recordRelationships, recordSubject, requestAccessOf, type AccessPolicy } from '@continuum/access';
import { partiesOf } from './transitions/record.ts';
import type { Context } from './context.ts';
import { reviewSubject } from './matching/submitter.ts';
import { registrationEvidence } from './matching/corroboration.ts';
import type { Registration } from './matching/registration.ts';
import type { StoredCandidate } from './matching/stored.ts';
import type { MatchReviewModel, PersonMergeModel, PersonModel, TransitionModel } from './generated/prisma/models.ts';

const transitionSubject = recordSubject(
  'id',
  'Transition',
  (id, { loaders }: Context) => loaders.transition.load(id),
  (t) => ({ personId: t.personId }),
);
const mergeSubject = (arg: string) =>
  recordSubject(
    arg,
    'PersonMerge',
    (id, { loaders }: Context) => loaders.personMerge.load(id),
    (m) => ({ personId: m.survivorId }),
  );
const matchReviewSubject = (arg: string) =>
  recordSubject(arg, 'MatchReview', (id, { loaders }: Context) => loaders.matchReview.load(id), reviewSubject);
const personSubject = (arg: string) =>
  recordSubject(
    arg,
    'Person',
    (id, { loaders }: Context) => loaders.person.load(id),
    (p) => ({ personId: p.id }),
  );
const consentSubject = recordSubject(
  'id',
  'ConsentRecord',
  async (id, ctx) => (await requestAccessOf(ctx).store?.consent(id)) ?? null,
  (c) => ({ personId: c.person_id }),
);

/** The care team: social workers, CHC nurse assessors and PHB leads. */
const CARE_TEAM = ['SOCIAL_WORKER', 'CHC_NURSE', 'PHB_LEAD'] as const;
/** Funders' staff, acting for their council or NHS body. */
const funderStaff = { roles: CARE_TEAM, organisationKinds: ['COUNCIL', 'HEALTH'] } as const;
/** Identity work: registering people and deciding duplicate reviews. */
const identityWork = { access: 'PERSON_DATA', fieldClass: 'IDENTITY_MATCHING', roles: CARE_TEAM } as const;
const DPO_ONLY = ['DATA_PROTECTION_OFFICER'] as const;

/** Every party to a proposed transition, and its proposer, takes part in the person's care until it takes effect. */
async function transitionRelationships(t: TransitionModel, ctx: unknown) {
  const codes = new Set<string>([t.proposedBy, ...partiesOf(t).map((p) => p.funderCode)]);
  await recordRelationships(
    ctx,
    [...codes].map((code) => ({
      organisationCode: code,
      subjectKind: 'PERSON' as const,
      subjectId: t.personId,
      kind: 'TRANSITION_PARTY',
      startsOn: t.proposedAt,
      endsOn: t.effectiveDate,
      sourceType: 'Transition',
      sourceId: t.id,
    })),
  );
}

/** Registering a person, or deciding a review that leaves the identity with someone, is taking them on. */
const registrationRelationship = (
  r: { id: string; person?: { id: string } | null; personId?: string | null; review?: { id: string } | null; outcome?: string },
  ctx: unknown,
  corroboratedBy: string | null = null,
) =>
  recordRegistrationRelationship(ctx, r, { kind: 'PERSON', id: r.person?.id ?? r.personId }, 'REGISTERED', 'Registration', corroboratedBy);

/**
 * Who may see what the hub's identity records and the transition coordinator serve, and who may
 * write what: every mutation is named here, checked before anything is written.
 */
export const accessPolicy: AccessPolicy = {
  root: {
    Query: {
      person: { access: 'PERSON_DATA', fieldClass: 'PERSON_IDENTITY' },
      people: { access: 'PERSON_DATA', fieldClass: 'PERSON_IDENTITY' },
      peopleById: { access: 'PERSON_DATA', fieldClass: 'PERSON_IDENTITY' },
      // An employer's payroll provider sees the moves of the people it supports, without their clinical detail (Transition below).
      transition: { access: 'PERSON_DATA', fieldClass: 'TRANSITION_FUNDING' },
      transitions: { access: 'PERSON_DATA', fieldClass: 'TRANSITION_FUNDING' },
      transitionTracker: { access: 'PERSON_DATA', fieldClass: 'TRANSITIONS', organisationArg: 'funderCode' },
      continuityReport: { access: 'PERSON_DATA', fieldClass: 'TRANSITIONS', personArg: 'personId' },
      transitionOutcomes: { access: 'PERSON_DATA', fieldClass: 'TRANSITIONS' },
      planTaskDifferences: { access: 'PERSON_DATA', fieldClass: 'CARE_AND_HEALTH_PLANS', organisationArg: 'healthBodyOdsCode' },
      matchReviews: { access: 'PERSON_DATA', fieldClass: 'IDENTITY_MATCHING' },
      matchReview: { access: 'PERSON_DATA', fieldClass: 'IDENTITY_MATCHING' },
      personMerges: { access: 'PERSON_DATA', fieldClass: 'IDENTITY_MATCHING', personArg: 'personId' },
      breakGlassGrants: { access: 'PERSON_DATA', fieldClass: 'ACCESS_LOG' },
      consentRecords: { access: 'PERSON_DATA', fieldClass: 'CONSENT' },
      assertedRelationships: { access: 'PERSON_DATA', fieldClass: 'ACCESS_LOG' },
      // Lists of person ids feed the hub's own area aggregates; never a caller's.
      personIdsInPostcodeDistricts: 'HUB_ONLY',
    },
    Mutation: {
      proposeTransition: {
        access: 'PERSON_DATA',
        fieldClass: 'TRANSITIONS',
        ...funderStaff,
        personArg: 'input.personId',
        organisationArg: 'input.proposedBy',
        after: (t: TransitionModel, _args, ctx) => transitionRelationships(t, ctx),
      },
      withdrawTransition: { access: 'PERSON_DATA', fieldClass: 'TRANSITIONS', ...funderStaff, subjectOf: transitionSubject },
      reconcileTransition: { access: 'PERSON_DATA', fieldClass: 'TRANSITIONS', ...funderStaff, subjectOf: transitionSubject },
      // Names no one held: matching decides. A link stands only with its own evidence (or the organisation's relationship); the answer shows only what the caller may see.
      registerPerson: {
        ...identityWork,
        after: (r: Registration, _args, ctx) => registrationRelationship(r, ctx, registrationEvidence(r)),
      },
      // An organisation attaches its own identifier, to someone it may see.
      addLocalIdentifier: { ...identityWork, personArg: 'personId', organisationArg: 'input.organisationCode' },
      // A review is decided by whoever may see it: the submitting organisation, or one that may see the person it names.
      linkMatchReview: {
        ...identityWork,
        personArg: 'personId',
        subjectOf: matchReviewSubject('id'),
        after: (r: MatchReviewModel, _args, ctx) => registrationRelationship(r, ctx),
      },
      // Not a match, or a link undone: the identity gets a record of its own, which asserts nothing about anyone held.
      rejectMatchReview: {
        ...identityWork,
        subjectOf: matchReviewSubject('id'),
        after: (r: MatchReviewModel, _args, ctx) => registrationRelationship(r, ctx, 'the review decision created the record'),
      },
      unlinkMatchReview: {
        ...identityWork,
        subjectOf: matchReviewSubject('id'),
        after: (r: MatchReviewModel, _args, ctx) => registrationRelationship(r, ctx, 'the review decision created the record'),
      },
      reopenMatchReview: { ...identityWork, subjectOf: matchReviewSubject('id') },
      mergePeople: {
        ...identityWork,
        personArg: 'survivorId',
        subjectOf: personSubject('retiredId'),
        after: async (m: PersonMergeModel, _args, ctx) => {
          await requestAccessOf(ctx).store?.mergePerson(m.retiredPersonId, m.survivorId, m.id);
        },
      },
      reconcilePersonMerge: { ...identityWork, subjectOf: mergeSubject('id') },
      unmergePeople: {
        ...identityWork,
        subjectOf: mergeSubject('mergeId'),
        // Access the merge gave goes with it.
        after: async (m: PersonMergeModel, _args, ctx) => {
          await requestAccessOf(ctx).store?.unmergePerson(m.id);
        },
      },
      // Consent is recorded by the person or their care team; the data protection officer reviews it, and records none.
      recordConsent: { access: 'PERSON_DATA', fieldClass: 'CONSENT', roles: [...CARE_TEAM, 'PERSON'], personArg: 'input.personId' },
      withdrawConsent: { access: 'PERSON_DATA', fieldClass: 'CONSENT', roles: [...CARE_TEAM, 'PERSON'], subjectOf: consentSubject },
      // Break-glass is for a person the caller has no relationship with: it names no one they must already see.
      breakGlass: { access: 'PERSON_DATA', fieldClass: 'CARE_AND_HEALTH_PLANS', roles: CARE_TEAM },
      reviewBreakGlass: { access: 'PERSON_DATA', fieldClass: 'ACCESS_LOG', roles: DPO_ONLY },
      reviewAssertedRelationship: { access: 'PERSON_DATA', fieldClass: 'ACCESS_LOG', roles: DPO_ONLY },
    },
  },
  types: {
    Person: {
      subject: (p: PersonModel) => ({ personId: p.id }),
      fieldClass: 'PERSON_IDENTITY',
      fields: { fundingHistory: 'FUNDING', accessLog: 'ACCESS_LOG', consents: 'CONSENT' },
    },
    Transition: {
      subject: (t: TransitionModel) => ({ personId: t.personId }),
      fieldClass: 'TRANSITION_FUNDING',
      // Why, and what the PAs must be able to do: the care team's, not the payroll's.
      fields: {
        reason: 'TRANSITIONS',
        statusReason: 'TRANSITIONS',
        requiredCompetences: 'TRANSITIONS',
        readiness: 'TRANSITIONS',
        steps: 'TRANSITIONS',
      },
    },
    PersonMerge: { subject: (m: PersonMergeModel) => ({ personId: m.survivorId }), fieldClass: 'IDENTITY_MATCHING' },
    // The identity an organisation submitted is its own; others see the review once it names a person they may see.
    MatchReview: { subject: reviewSubject, fieldClass: 'IDENTITY_MATCHING' },
    // A candidate the reviewer may not see is left out, as if not held.
    MatchCandidate: { subject: (c: StoredCandidate) => ({ personId: c.personId }), fieldClass: 'IDENTITY_MATCHING' },
  },
};
