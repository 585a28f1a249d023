import { endRelationshipsFrom, recordFundingRelationships, type AccessPolicy, type TypeRule } from '@continuum/kit';

const episode: TypeRule = { subject: (e) => ({ personId: e.personId }), fieldClass: 'FUNDING' };

/** A council episode makes the council (and the provider supporting the employer) party to the person's care. */
const fundingRelationships = (e: any, input: { councilGssCode: string; paymentSupportProviderId?: string | null }, ctx: unknown, sourceType: string) =>
  recordFundingRelationships(ctx, e, [input.councilGssCode], input.paymentSupportProviderId, sourceType);

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
      startDirectPayment: {
        access: 'PERSON_DATA',
        fieldClass: 'FUNDING',
        organisationArg: 'input.councilGssCode',
        after: (dp, { input }, ctx) => fundingRelationships(dp, input, ctx, 'DirectPayment'),
      },
      openCouncilEpisodeForTransition: { access: 'HUB_ONLY', after: (e, { input }, ctx) => fundingRelationships(e, input, ctx, 'CouncilEpisode') },
      endCouncilEpisodeForTransition: { access: 'HUB_ONLY', after: (_e, { episodeId, lastDay }, ctx) => endRelationshipsFrom(ctx, episodeId, lastDay) },
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
