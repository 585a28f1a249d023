import { endRelationshipsFrom, recordFundingRelationships, recordRelationships, type AccessPolicy, type TypeRule } from '@continuum/access';
import type {
  ChcDecisionModel,
  ChcPackageModel,
  HealthPlanModel,
  IntegratedBudgetModel,
  PersonalHealthBudgetModel,
} from './generated/prisma/models.ts';
import type {
  MutationEndHealthEpisodeForTransitionArgs,
  MutationOpenHealthEpisodeForTransitionArgs,
  MutationRecordChcDecisionArgs,
} from './generated/resolvers-types.ts';
import type { PersonReference } from './references.ts';
import { dischargeWaitRule, dischargeWaitSubject } from './discharge-waits/access.ts';

type HealthEpisode = PersonalHealthBudgetModel | ChcPackageModel | IntegratedBudgetModel;
const episode: TypeRule<HealthEpisode> = { subject: (e) => ({ personId: e.personId }), fieldClass: 'FUNDING' };

/** An NHS episode makes the NHS body, every funder sharing it, and the employer's support provider party to the person's care. */
const fundingRelationships = (
  e: HealthEpisode,
  input: { healthBodyOdsCode: string; paymentSupportProviderId?: string | null; shares?: { funderCode: string }[] | null },
  ctx: unknown,
) =>
  recordFundingRelationships(
    ctx,
    e,
    [input.healthBodyOdsCode, ...(input.shares ?? []).map((s) => s.funderCode)],
    input.paymentSupportProviderId,
    'HealthEpisode',
  );

/**
 * Who may see what NHS bodies serve, and who may write what: every mutation is named here, checked
 * before anything is written. The hub's own steps (transitions, merges) are HUB_ONLY.
 */
export const accessPolicy: AccessPolicy = {
  root: {
    Query: {
      healthBodies: 'PUBLIC',
      healthBody: 'PUBLIC',
      personalHealthBudget: { access: 'PERSON_DATA', fieldClass: 'FUNDING' },
      paymentProcessingAgreements: { access: 'PERSON_DATA', fieldClass: 'FUNDING', organisationArg: 'odsCode' },
      // Lists of person ids feed the hub's own reports; never a caller's.
      personIdsFundedByHealthBody: 'HUB_ONLY',
      personIdsWithHealthPlan: 'HUB_ONLY',
      healthFundingFacts: 'HUB_ONLY',
      // An NHS body's own people waiting in a bed for care at home: its CHC nurses; each record is screened as its type says.
      dischargeWaits: {
        access: 'PERSON_DATA',
        fieldClass: 'CARE_AND_HEALTH_PLANS',
        roles: ['CHC_NURSE'],
        organisationKinds: ['HEALTH'],
        organisationArg: 'healthBodyOdsCode',
      },
    },
    Mutation: {
      // An NHS body answers for itself, to a transition it is party to (anyone else is told it does not exist).
      respondToTransitionAsHealthBody: {
        access: 'PERSON_DATA',
        fieldClass: 'TRANSITIONS',
        roles: ['CHC_NURSE', 'PHB_LEAD'],
        organisationKinds: ['HEALTH'],
        organisationArg: 'healthBodyOdsCode',
      },
      // A CHC nurse assessor of the NHS body decides for someone the body already works with.
      recordChcDecision: {
        access: 'PERSON_DATA',
        fieldClass: 'CARE_AND_HEALTH_PLANS',
        roles: ['CHC_NURSE'],
        organisationKinds: ['HEALTH'],
        organisationArg: 'input.healthBodyOdsCode',
        personArg: 'input.personId',
        after: (d: ChcDecisionModel, { input }: MutationRecordChcDecisionArgs, ctx) =>
          recordRelationships(ctx, [
            {
              organisationCode: input.healthBodyOdsCode,
              subjectKind: 'PERSON',
              subjectId: d.personId,
              kind: 'CHC_ASSESSMENT',
              startsOn: d.decidedOn,
              endsOn: d.nextReview,
              sourceType: 'ChcDecision',
              sourceId: d.id,
            },
          ]),
      },
      // Waiting in a bed for care at home: the NHS body's CHC nurses record it for someone they may see, and the discharge of one their body holds.
      recordDischargeWait: {
        access: 'PERSON_DATA',
        fieldClass: 'CARE_AND_HEALTH_PLANS',
        roles: ['CHC_NURSE'],
        organisationKinds: ['HEALTH'],
        organisationArg: 'input.healthBodyOdsCode',
        personArg: 'input.personId',
      },
      recordDischarge: {
        access: 'PERSON_DATA',
        fieldClass: 'CARE_AND_HEALTH_PLANS',
        roles: ['CHC_NURSE'],
        organisationKinds: ['HEALTH'],
        subjectOf: dischargeWaitSubject('input.id'),
      },
      openHealthEpisodeForTransition: {
        access: 'HUB_ONLY',
        after: (e: HealthEpisode, { input }: MutationOpenHealthEpisodeForTransitionArgs, ctx) => fundingRelationships(e, input, ctx),
      },
      endHealthEpisodeForTransition: {
        access: 'HUB_ONLY',
        after: (_e, { episodeId, lastDay }: MutationEndHealthEpisodeForTransitionArgs, ctx) =>
          endRelationshipsFrom(ctx, episodeId, lastDay),
      },
      undoHealthTransitionSteps: 'HUB_ONLY',
      repointPersonInHealth: 'HUB_ONLY',
      revertPersonRepointInHealth: 'HUB_ONLY',
    },
  },
  types: {
    Person: {
      subject: (p: PersonReference) => ({ personId: p.id }),
      fieldClass: 'PERSON_IDENTITY',
      fields: { healthFunding: 'FUNDING', chcDecisions: 'CARE_AND_HEALTH_PLANS', healthPlan: 'CARE_AND_HEALTH_PLANS' },
    },
    FundingEpisode: episode,
    PersonalHealthBudget: episode,
    ContinuingHealthcarePackage: episode,
    IntegratedBudget: episode,
    ChcEligibilityDecision: { subject: (d: ChcDecisionModel) => ({ personId: d.personId }), fieldClass: 'CARE_AND_HEALTH_PLANS' },
    DischargeWait: dischargeWaitRule,
    HealthPlanSummary: { subject: (p: HealthPlanModel) => ({ personId: p.personId }), fieldClass: 'CARE_AND_HEALTH_PLANS' },
  },
};
