import type { AccessPolicy, TypeRule } from '@continuum/kit';

const episode: TypeRule = { subject: (e) => ({ personId: e.personId }), fieldClass: 'FUNDING' };

/** Who may see what councils serve. Root fields not named here are hub steps (transitions, merges). */
export const accessPolicy: AccessPolicy = {
  root: {
    Query: {
      councils: 'PUBLIC',
      council: 'PUBLIC',
      directPayment: { access: 'PERSON_DATA', fieldClass: 'FUNDING' },
      // Lists of person ids feed the hub's own reports; never a caller's.
      personIdsFundedByCouncil: 'HUB_ONLY',
    },
    Mutation: {
      respondToTransitionAsCouncil: { access: 'PERSON_DATA', fieldClass: 'TRANSITIONS', organisationArg: 'councilGssCode' },
      startDirectPayment: { access: 'PERSON_DATA', fieldClass: 'FUNDING', organisationArg: 'input.councilGssCode' },
    },
  },
  types: {
    Person: { subject: (p) => ({ personId: p.id }), fieldClass: 'PERSON_IDENTITY', fields: { socialCareFunding: 'FUNDING', carePlan: 'CARE_AND_HEALTH_PLANS' } },
    FundingEpisode: episode,
    DirectPayment: episode,
    IndividualServiceFund: episode,
    CommissionedPackage: episode,
    CarePlanSummary: { subject: (p) => ({ personId: p.personId }), fieldClass: 'CARE_AND_HEALTH_PLANS' },
  },
};
