import { DateScalar, DateTimeScalar } from '@continuum/runtime';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { ChcEligibilityDecision } from './ChcEligibilityDecision.ts';
import { ContinuingHealthcarePackage } from './ContinuingHealthcarePackage.ts';
import { DischargeWaitMutation } from '../discharge-waits/mutation.ts';
import { DischargeWaitQuery } from '../discharge-waits/query.ts';
import { DischargeWait } from '../discharge-waits/resolvers.ts';
import { FundingEpisode } from './FundingEpisode.ts';
import { HealthBody } from './HealthBody.ts';
import { HealthPlanSummary } from './HealthPlanSummary.ts';
import { IntegratedBudget } from './IntegratedBudget.ts';
import { MergeMutation } from './MergeMutation.ts';
import { Mutation } from './Mutation.ts';
import { Person } from './Person.ts';
import { PaymentProcessingAgreement } from './PaymentProcessingAgreement.ts';
import { PersonalHealthBudget } from './PersonalHealthBudget.ts';
import { Query } from './Query.ts';
import { Transition } from './Transition.ts';
import { TransitionMutation } from './TransitionMutation.ts';
import { TransitionResponse } from './TransitionResponse.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: { ...Query, ...DischargeWaitQuery },
  Mutation: { ...Mutation, ...TransitionMutation, ...MergeMutation, ...DischargeWaitMutation },
  DischargeWait,
  HealthBody,
  Person,
  FundingEpisode,
  PersonalHealthBudget,
  ContinuingHealthcarePackage,
  IntegratedBudget,
  ChcEligibilityDecision,
  HealthPlanSummary,
  PaymentProcessingAgreement,
  Transition,
  TransitionResponse,
};
