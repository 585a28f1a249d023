import { isId, type AccessPolicy } from '@continuum/kit';
import type { Context } from './context.ts';

const transitionSubject = {
  arg: 'id',
  recordType: 'Transition',
  lookup: async (id: string, { loaders }: Context) => {
    const t = isId(id) ? await loaders.transition.load(id.toLowerCase()) : null;
    return t && { personId: t.personId };
  },
};

const mergeSubject = (arg: string) => ({
  arg,
  recordType: 'PersonMerge',
  lookup: async (id: string, { loaders }: Context) => {
    const m = isId(id) ? await loaders.personMerge.load(id.toLowerCase()) : null;
    return m && { personId: m.survivorId };
  },
});

const personSubject = (arg: string) => ({
  arg,
  recordType: 'Person',
  lookup: async (id: string, { loaders }: Context) => {
    const p = isId(id) ? await loaders.person.load(id.toLowerCase()) : null;
    return p && { personId: p.id };
  },
});

/** Who may see what the hub's identity records and the transition coordinator serve. */
export const accessPolicy: AccessPolicy = {
  root: {
    Query: {
      person: { access: 'PERSON_DATA', fieldClass: 'PERSON_IDENTITY' },
      people: { access: 'PERSON_DATA', fieldClass: 'PERSON_IDENTITY' },
      peopleById: { access: 'PERSON_DATA', fieldClass: 'PERSON_IDENTITY' },
      transition: { access: 'PERSON_DATA', fieldClass: 'TRANSITIONS' },
      transitions: { access: 'PERSON_DATA', fieldClass: 'TRANSITIONS' },
      transitionTracker: { access: 'PERSON_DATA', fieldClass: 'TRANSITIONS', organisationArg: 'funderCode' },
      continuityReport: { access: 'PERSON_DATA', fieldClass: 'TRANSITIONS', personArg: 'personId' },
      transitionOutcomes: { access: 'PERSON_DATA', fieldClass: 'TRANSITIONS' },
      planTaskDifferences: { access: 'PERSON_DATA', fieldClass: 'CARE_AND_HEALTH_PLANS', organisationArg: 'healthBodyOdsCode' },
      matchReviews: { access: 'PERSON_DATA', fieldClass: 'IDENTITY_MATCHING' },
      matchReview: { access: 'PERSON_DATA', fieldClass: 'IDENTITY_MATCHING' },
      personMerges: { access: 'PERSON_DATA', fieldClass: 'IDENTITY_MATCHING', personArg: 'personId' },
      breakGlassGrants: { access: 'PERSON_DATA', fieldClass: 'ACCESS_LOG' },
    },
    Mutation: {
      proposeTransition: { access: 'PERSON_DATA', fieldClass: 'TRANSITIONS', personArg: 'input.personId', organisationArg: 'input.proposedBy' },
      withdrawTransition: { access: 'PERSON_DATA', fieldClass: 'TRANSITIONS', subjectOf: transitionSubject },
      reconcileTransition: { access: 'PERSON_DATA', fieldClass: 'TRANSITIONS', subjectOf: transitionSubject },
      registerPerson: { access: 'PERSON_DATA', fieldClass: 'IDENTITY_MATCHING' },
      addLocalIdentifier: { access: 'PERSON_DATA', fieldClass: 'IDENTITY_MATCHING', personArg: 'personId' },
      linkMatchReview: { access: 'PERSON_DATA', fieldClass: 'IDENTITY_MATCHING', personArg: 'personId' },
      rejectMatchReview: { access: 'PERSON_DATA', fieldClass: 'IDENTITY_MATCHING' },
      unlinkMatchReview: { access: 'PERSON_DATA', fieldClass: 'IDENTITY_MATCHING' },
      reopenMatchReview: { access: 'PERSON_DATA', fieldClass: 'IDENTITY_MATCHING' },
      mergePeople: { access: 'PERSON_DATA', fieldClass: 'IDENTITY_MATCHING', personArg: 'survivorId', subjectOf: personSubject('retiredId') },
      reconcilePersonMerge: { access: 'PERSON_DATA', fieldClass: 'IDENTITY_MATCHING', subjectOf: mergeSubject('id') },
      unmergePeople: { access: 'PERSON_DATA', fieldClass: 'IDENTITY_MATCHING', subjectOf: mergeSubject('mergeId') },
      recordConsent: { access: 'PERSON_DATA', fieldClass: 'CONSENT', personArg: 'input.personId' },
      withdrawConsent: { access: 'PERSON_DATA', fieldClass: 'CONSENT' },
      breakGlass: { access: 'PERSON_DATA', fieldClass: 'CARE_AND_HEALTH_PLANS' },
      reviewBreakGlass: { access: 'PERSON_DATA', fieldClass: 'ACCESS_LOG' },
    },
  },
  types: {
    Person: {
      subject: (p) => ({ personId: p.id }),
      fieldClass: 'PERSON_IDENTITY',
      fields: { fundingHistory: 'FUNDING', accessLog: 'ACCESS_LOG', consents: 'CONSENT' },
    },
    Transition: { subject: (t) => ({ personId: t.personId }), fieldClass: 'TRANSITIONS' },
    PersonMerge: { subject: (m) => ({ personId: m.survivorId }), fieldClass: 'IDENTITY_MATCHING' },
    // A candidate the reviewer may not see is left out, as if not held.
    MatchCandidate: { subject: (c) => ({ personId: c.personId }), fieldClass: 'IDENTITY_MATCHING' },
  },
};
