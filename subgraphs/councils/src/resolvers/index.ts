import { DateScalar, DateTimeScalar } from '@continuum/runtime';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { AggregateQuery } from './AggregateQuery.ts';
import { CarePlanSummary } from './CarePlanSummary.ts';
import { Household, HouseholdCount } from '../household/resolvers.ts';
import { HouseholdMutation } from '../household/mutation.ts';
import { FollowUpMutation } from '../safeguarding-follow-ups/mutation.ts';
import { FollowUpQuery } from '../safeguarding-follow-ups/query.ts';
import { SafeguardingFollowUp } from '../safeguarding-follow-ups/resolvers.ts';
import { ReablementMutation } from '../reablement/mutation.ts';
import { ReablementQuery } from '../reablement/query.ts';
import { ReablementPeriod } from '../reablement/resolvers.ts';
import { DomiciliaryCareMutation } from '../domiciliary-care/mutation.ts';
import { DomiciliaryCareQuery } from '../domiciliary-care/query.ts';
import { DomiciliaryCareRequest } from '../domiciliary-care/resolvers.ts';
import { AssessmentOfferMutation } from '../assessment-offers/mutation.ts';
import { AssessmentOfferQuery } from '../assessment-offers/query.ts';
import { AssessmentOffer } from '../assessment-offers/resolvers.ts';
import { SupportContractMutation } from '../support-contracts/mutation.ts';
import { SupportContractQuery } from '../support-contracts/query.ts';
import { SupportContract, SupportContractReturn } from '../support-contracts/resolvers.ts';
import { CommissionedPackage } from './CommissionedPackage.ts';
import { Council } from './Council.ts';
import { DirectPayment } from './DirectPayment.ts';
import { FundingEpisode } from './FundingEpisode.ts';
import { IndividualServiceFund } from './IndividualServiceFund.ts';
import { MergeMutation } from './MergeMutation.ts';
import { Mutation } from './Mutation.ts';
import { Person } from './Person.ts';
import { Query } from './Query.ts';
import { Rate } from './Rate.ts';
import { SafeguardingConcern, SafeguardingReferral } from './SafeguardingConcern.ts';
import { SafeguardingMutation } from './SafeguardingMutation.ts';
import { Transition } from './Transition.ts';
import { TransitionMutation } from './TransitionMutation.ts';
import { TransitionResponse } from './TransitionResponse.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    ...Query,
    ...AggregateQuery,
    ...FollowUpQuery,
    ...ReablementQuery,
    ...SupportContractQuery,
    ...AssessmentOfferQuery,
    ...DomiciliaryCareQuery,
  },
  Mutation: {
    ...Mutation,
    ...TransitionMutation,
    ...MergeMutation,
    ...SafeguardingMutation,
    ...HouseholdMutation,
    ...FollowUpMutation,
    ...ReablementMutation,
    ...SupportContractMutation,
    ...AssessmentOfferMutation,
    ...DomiciliaryCareMutation,
  },
  Council,
  Rate,
  FundingEpisode,
  DirectPayment,
  IndividualServiceFund,
  CommissionedPackage,
  CarePlanSummary,
  Household,
  HouseholdCount,
  SafeguardingConcern,
  SafeguardingReferral,
  SafeguardingFollowUp,
  ReablementPeriod,
  DomiciliaryCareRequest,
  AssessmentOffer,
  SupportContract,
  SupportContractReturn,
  Person,
  Transition,
  TransitionResponse,
};
