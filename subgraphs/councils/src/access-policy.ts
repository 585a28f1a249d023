import {
  endRelationshipsFrom,
  recordFundingRelationships,
  recordRelationships,
  requestAccessOf,
  type AccessPolicy,
  type SubjectOf,
  type TypeRule,
} from '@continuum/access';
import { today } from '@continuum/runtime';
import type { Context } from './context.ts';
import { carePlanSubject, holdingCouncilOnly, householdOnlyFor } from './household/access.ts';
import type { HouseholdView } from './household/view.ts';
import { followUpRule, followUpSubject } from './safeguarding-follow-ups/access.ts';
import { assessmentOfferRule, onlyCareHomeOrHomeCareRule } from './assessment-offers/access.ts';
import { reablementRule, reablementSubject } from './reablement/access.ts';
import { domiciliaryRequestRule, domiciliaryRequestSubject } from './domiciliary-care/access.ts';
import {
  complaintPartySubject,
  contractedOrganisationSubject,
  contractPartySubject,
  contractRule,
  providedContractSubject,
} from './support-contracts/access.ts';
import type {
  CarePlanModel,
  CommissionedPackageModel,
  DirectPaymentModel,
  IndividualServiceFundModel,
  SafeguardingConcernModel,
} from './generated/prisma/models.ts';
import type {
  MutationEndCouncilEpisodeForTransitionArgs,
  MutationOpenCouncilEpisodeForTransitionArgs,
  MutationRaiseSafeguardingConcernArgs,
  MutationStartDirectPaymentArgs,
} from './generated/resolvers-types.ts';
import type { PersonReference } from './references.ts';
import type { HeldConcern } from './safeguarding.ts';

type CouncilEpisode = DirectPaymentModel | IndividualServiceFundModel | CommissionedPackageModel;
const episode: TypeRule<CouncilEpisode> = { subject: (e) => ({ personId: e.personId }), fieldClass: 'FUNDING' };

/** A council episode makes the council (and the provider supporting the employer) party to the person's care. */
const fundingRelationships = (
  e: CouncilEpisode,
  input: { councilGssCode: string; paymentSupportProviderId?: string | null },
  ctx: unknown,
  sourceType: string,
) => recordFundingRelationships(ctx, e, [input.councilGssCode], input.paymentSupportProviderId, sourceType);

/** A concern named by id: found only by the council that holds it; anyone else is told it does not exist. */
const concernSubject = (arg: string): SubjectOf => ({
  arg,
  recordType: 'SafeguardingConcern',
  lookup: async (id, ctx: Context) => {
    const concern = await ctx.loaders.safeguardingConcern.load(id.toLowerCase());
    const council = concern && (await ctx.loaders.council.load(concern.councilId));
    return concern && council?.gssCode === requestAccessOf(ctx).caller.organisationCode ? { personId: concern.personId } : null;
  },
});

/** The council told of a concern leads on it: it may see the person to make its enquiries. */
async function safeguardingLead(referral: { id: string; personId: string }, input: { councilGssCode: string }, ctx: unknown) {
  await recordRelationships(ctx, [
    {
      organisationCode: input.councilGssCode.trim().toUpperCase(),
      subjectKind: 'PERSON',
      subjectId: referral.personId,
      kind: 'SAFEGUARDING_LEAD',
      startsOn: today(),
      endsOn: null,
      sourceType: 'SafeguardingConcern',
      sourceId: referral.id,
    },
  ]);
}

/** A council's own work: its social workers, acting for it. */
const councilStaff = { roles: ['SOCIAL_WORKER'], organisationKinds: ['COUNCIL'] } as const;
/** The two parties to a support contract: the council's staff and the provider's advisers. */
const contractParties = { roles: ['SOCIAL_WORKER', 'SUPPORT_ADVISER'], organisationKinds: ['COUNCIL', 'SUPPORT_ORGANISATION'] } as const;

/**
 * Who may see what councils serve, and who may write what: every mutation is named here, checked
 * before anything is written. The hub's own steps (transitions, merges) are HUB_ONLY.
 */
export const accessPolicy: AccessPolicy = {
  root: {
    Query: {
      councils: 'PUBLIC',
      council: 'PUBLIC',
      directPayment: { access: 'PERSON_DATA', fieldClass: 'FUNDING' },
      // Lists of person ids feed the hub's own reports; never a caller's.
      personIdsFundedByCouncil: 'HUB_ONLY',
      councilFundingFacts: 'HUB_ONLY',
      // A council's own follow-up list: its social workers; each follow-up is screened as its type says.
      safeguardingFollowUps: { access: 'PERSON_DATA', fieldClass: 'SAFEGUARDING', ...councilStaff, organisationArg: 'councilGssCode' },
      // A council's own reablement list: its social workers; each period is screened as its type says.
      reablementPeriods: { access: 'PERSON_DATA', fieldClass: 'CARE_AND_HEALTH_PLANS', ...councilStaff, organisationArg: 'councilGssCode' },
      // A council's own domiciliary care requests: its social workers; each request is screened as its type says.
      domiciliaryCareRequests: {
        access: 'PERSON_DATA',
        fieldClass: 'CARE_AND_HEALTH_PLANS',
        ...councilStaff,
        organisationArg: 'councilGssCode',
      },
      // A council's own list of people offered only care-home or home care where PAs are findable: its social workers.
      onlyCareHomeOrHomeCareOffers: {
        access: 'PERSON_DATA',
        fieldClass: 'CARE_AND_HEALTH_PLANS',
        ...councilStaff,
        organisationArg: 'councilGssCode',
      },
      // Support contracts: the contracting council's staff and the provider's advisers; each contract is screened to its parties.
      supportContracts: { access: 'PERSON_DATA', fieldClass: 'FUNDING', roles: ['SOCIAL_WORKER', 'SUPPORT_ADVISER'] },
    },
    Mutation: {
      // A council answers for itself, to a transition it is party to (anyone else is told it does not exist).
      respondToTransitionAsCouncil: {
        access: 'PERSON_DATA',
        fieldClass: 'TRANSITIONS',
        ...councilStaff,
        organisationArg: 'councilGssCode',
      },
      // A council funds someone it already works with; the funding relationship counts from the episode's first day.
      startDirectPayment: {
        access: 'PERSON_DATA',
        fieldClass: 'FUNDING',
        ...councilStaff,
        organisationArg: 'input.councilGssCode',
        personArg: 'input.personId',
        after: (dp: DirectPaymentModel, { input }: MutationStartDirectPaymentArgs, ctx) =>
          fundingRelationships(dp, input, ctx, 'DirectPayment'),
      },
      // Any care professional who may see the person may tell a council of a concern; they get a receipt, not the concern.
      raiseSafeguardingConcern: {
        access: 'PERSON_DATA',
        fieldClass: 'PERSON_IDENTITY',
        roles: ['SOCIAL_WORKER', 'CHC_NURSE', 'PHB_LEAD', 'SUPPORT_ADVISER'],
        personArg: 'input.personId',
        after: (r: SafeguardingConcernModel, { input }: MutationRaiseSafeguardingConcernArgs, ctx) => safeguardingLead(r, input, ctx),
      },
      startSafeguardingEnquiry: { access: 'PERSON_DATA', fieldClass: 'SAFEGUARDING', ...councilStaff, subjectOf: concernSubject('id') },
      closeSafeguardingConcern: {
        access: 'PERSON_DATA',
        fieldClass: 'SAFEGUARDING',
        ...councilStaff,
        subjectOf: concernSubject('input.id'),
        // The council's lead on the person lasts while the concern is open, then as any recent relationship.
        after: (c: HeldConcern, _args, ctx) => endRelationshipsFrom(ctx, c.id, c.closedOn),
      },
      // Follow-ups (e.g. the four-week review call): the council's social workers, for someone they may see.
      scheduleSafeguardingFollowUp: {
        access: 'PERSON_DATA',
        fieldClass: 'SAFEGUARDING',
        ...councilStaff,
        organisationArg: 'input.councilGssCode',
        personArg: 'input.personId',
      },
      recordSafeguardingFollowUpDone: {
        access: 'PERSON_DATA',
        fieldClass: 'SAFEGUARDING',
        ...councilStaff,
        subjectOf: followUpSubject('input.id'),
      },
      // Reablement: the council's social workers start a period for someone they may see, and end one their council holds.
      startReablement: {
        access: 'PERSON_DATA',
        fieldClass: 'CARE_AND_HEALTH_PLANS',
        ...councilStaff,
        organisationArg: 'input.councilGssCode',
        personArg: 'input.personId',
      },
      endReablement: {
        access: 'PERSON_DATA',
        fieldClass: 'CARE_AND_HEALTH_PLANS',
        ...councilStaff,
        subjectOf: reablementSubject('input.id'),
      },
      // Care at home waiting for a provider: the council's social workers record a request for someone they may see, and close one their council holds.
      recordDomiciliaryCareRequest: {
        access: 'PERSON_DATA',
        fieldClass: 'CARE_AND_HEALTH_PLANS',
        ...councilStaff,
        organisationArg: 'input.councilGssCode',
        personArg: 'input.personId',
      },
      closeDomiciliaryCareRequest: {
        access: 'PERSON_DATA',
        fieldClass: 'CARE_AND_HEALTH_PLANS',
        ...councilStaff,
        subjectOf: domiciliaryRequestSubject('input.id'),
      },
      // The options offered at an assessment: the council's social workers, for their own council and someone they may see.
      recordAssessmentOffers: {
        access: 'PERSON_DATA',
        fieldClass: 'CARE_AND_HEALTH_PLANS',
        ...councilStaff,
        organisationArg: 'input.councilGssCode',
        personArg: 'input.personId',
      },
      // A council's staff award its own contracts, with a support organisation the graph knows.
      awardSupportContract: {
        access: 'PERSON_DATA',
        fieldClass: 'FUNDING',
        ...councilStaff,
        organisationArg: 'input.councilGssCode',
        subjectOf: contractedOrganisationSubject('input.supportOrganisationId'),
      },
      // The providing support organisation's advisers return its uptake.
      recordSupportContractUptake: {
        access: 'PERSON_DATA',
        fieldClass: 'FUNDING',
        roles: ['SUPPORT_ADVISER'],
        organisationKinds: ['SUPPORT_ORGANISATION'],
        subjectOf: providedContractSubject('input.contractId'),
      },
      // Either party to a contract records and closes complaints about its support; anyone else is told it does not exist.
      recordSupportContractComplaint: {
        access: 'PERSON_DATA',
        fieldClass: 'FUNDING',
        ...contractParties,
        subjectOf: contractPartySubject('input.contractId'),
      },
      closeSupportContractComplaint: {
        access: 'PERSON_DATA',
        fieldClass: 'FUNDING',
        ...contractParties,
        subjectOf: complaintPartySubject('input.complaintId'),
      },
      openCouncilEpisodeForTransition: {
        access: 'HUB_ONLY',
        after: (e: CouncilEpisode, { input }: MutationOpenCouncilEpisodeForTransitionArgs, ctx) =>
          fundingRelationships(e, input, ctx, 'CouncilEpisode'),
      },
      endCouncilEpisodeForTransition: {
        access: 'HUB_ONLY',
        after: (_e, { episodeId, lastDay }: MutationEndCouncilEpisodeForTransitionArgs, ctx) =>
          endRelationshipsFrom(ctx, episodeId, lastDay),
      },
      // The household (counts only), care group and support reason: the holding council's social workers.
      recordCarePlanHousehold: {
        access: 'PERSON_DATA',
        fieldClass: 'CARE_AND_HEALTH_PLANS',
        roles: ['SOCIAL_WORKER'],
        organisationKinds: ['COUNCIL'],
        subjectOf: carePlanSubject('carePlanId'),
        before: holdingCouncilOnly('carePlanId'),
      },
      undoCouncilTransitionSteps: 'HUB_ONLY',
      repointPersonInCouncils: 'HUB_ONLY',
      revertPersonRepointInCouncils: 'HUB_ONLY',
    },
  },
  types: {
    Person: {
      subject: (p: PersonReference) => ({ personId: p.id }),
      fieldClass: 'PERSON_IDENTITY',
      fields: {
        socialCareFunding: 'FUNDING',
        carePlan: 'CARE_AND_HEALTH_PLANS',
        safeguardingConcerns: 'SAFEGUARDING',
        reablementPeriods: 'CARE_AND_HEALTH_PLANS',
        assessmentOffers: 'CARE_AND_HEALTH_PLANS',
      },
    },
    // The most restricted record: social workers of the council holding it, whatever consent or break-glass allows.
    SafeguardingConcern: {
      subject: (c: HeldConcern) => ({ personId: c.personId }),
      fieldClass: 'SAFEGUARDING',
      onlyFor: (c: HeldConcern, caller) => caller.organisationCode === c.councilGssCode,
    },
    SafeguardingFollowUp: followUpRule,
    ReablementPeriod: reablementRule,
    DomiciliaryCareRequest: domiciliaryRequestRule,
    AssessmentOffer: assessmentOfferRule,
    OnlyCareHomeOrHomeCareOffer: onlyCareHomeOrHomeCareRule,
    SupportContract: contractRule,
    FundingEpisode: episode,
    DirectPayment: episode,
    IndividualServiceFund: episode,
    CommissionedPackage: episode,
    CarePlanSummary: { subject: (p: CarePlanModel) => ({ personId: p.personId }), fieldClass: 'CARE_AND_HEALTH_PLANS' },
    // Who lives in or visits the home, even as counts, is the holding council's: its social workers alone.
    Household: {
      subject: (h: HouseholdView) => ({ personId: h.plan.personId }),
      fieldClass: 'CARE_AND_HEALTH_PLANS',
      onlyFor: householdOnlyFor,
    },
  },
};
