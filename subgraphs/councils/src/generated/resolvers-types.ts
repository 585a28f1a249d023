import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CouncilModel, CouncilRateModel, DirectPaymentModel, IndividualServiceFundModel, CommissionedPackageModel, CarePlanModel, SafeguardingConcernModel, TransitionResponseModel } from './prisma/models.ts';
import type { HeldConcern } from '../safeguarding.ts';
import type { TransitionReference, PersonReference, SupportOrganisationReference } from '../references.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 (YYYY-MM-DD). */
  Date: { input: Date; output: Date; }
  /** An instant, ISO 8601 with time zone. */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: string; output: string; }
};

/** Which people a dashboard figure covers. */
export type AggregateFilter = {
  /** Only people funded by this council (GSS code, e.g. E08000021) in the period. */
  councilGssCode?: InputMaybe<Scalars['String']['input']>;
  /** First day of the period; by default a year before the last. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only people funded by this NHS commissioner (ODS code, e.g. QHM) in the period; with a council, people funded by both. */
  icbOdsCode?: InputMaybe<Scalars['String']['input']>;
  /** Last day of the period; by default today. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** The council's summary of a person's care and support plan. */
export type CarePlanSummary = {
  __typename?: 'CarePlanSummary';
  contingencyPlanInPlace: Scalars['Boolean']['output'];
  council: Council;
  id: Scalars['ID']['output'];
  lastReviewed: Scalars['Date']['output'];
  nextReview: Scalars['Date']['output'];
  outcomes: Array<Scalars['String']['output']>;
  tasks: Array<CareTask>;
};

export type CareTask = {
  __typename?: 'CareTask';
  description: Scalars['String']['output'];
  /** Tasks reclassified as health-related need NHS-signed-off competences. */
  healthRelated: Scalars['Boolean']['output'];
  hoursPerWeek: Scalars['Float']['output'];
};

export type CloseSafeguardingConcernInput = {
  /** Defaults to today; not before the concern was raised, nor in the future. */
  closedOn?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  outcome: SafeguardingOutcome;
};

/** A package the council commissions from a provider. */
export type CommissionedPackage = FundingEpisode & {
  __typename?: 'CommissionedPackage';
  council: Council;
  end?: Maybe<Scalars['Date']['output']>;
  funderCode: Scalars['String']['output'];
  funderName: Scalars['String']['output'];
  hourlyRate: Scalars['Float']['output'];
  hoursPerWeek: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** Null when the caller may not see the person: a hidden record never hides the one that names it. */
  person?: Maybe<Person>;
  providerName: Scalars['String']['output'];
  rateKind: RateKind;
  start: Scalars['Date']['output'];
  status: EpisodeStatus;
  vehicle: FundingVehicle;
  weeklyAmount: Scalars['Float']['output'];
};

/** A local authority with adult social care responsibilities. */
export type Council = {
  __typename?: 'Council';
  /** ONS GSS code, e.g. E08000021 for Newcastle upon Tyne. */
  gssCode: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nation: Nation;
  /** The council's published hourly rates. */
  rates: Array<Rate>;
  region: Scalars['String']['output'];
};

/** What the councils in scope offer individual employers and PAs, from the latest survey round in the period. */
export type CouncilSupportOfferAggregates = {
  __typename?: 'CouncilSupportOfferAggregates';
  /** Councils in scope that answered that round. */
  councils: Scalars['Int']['output'];
  items: Array<SupportOfferItem>;
  previousSurveyYear?: Maybe<Scalars['Int']['output']>;
  /** The survey round shown: the latest on or before the period's last day; null when there is none. */
  surveyYear?: Maybe<Scalars['Int']['output']>;
};

/** A council direct payment to a person who employs their own PAs. */
export type DirectPayment = FundingEpisode & {
  __typename?: 'DirectPayment';
  council: Council;
  end?: Maybe<Scalars['Date']['output']>;
  funderCode: Scalars['String']['output'];
  funderName: Scalars['String']['output'];
  hourlyRate: Scalars['Float']['output'];
  hoursPerWeek: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  paymentSupport: PaymentSupport;
  /** The payroll or managed-account provider (a support organisation). */
  paymentSupportProvider?: Maybe<SupportOrganisation>;
  /** Null when the caller may not see the person: a hidden record never hides the one that names it. */
  person?: Maybe<Person>;
  start: Scalars['Date']['output'];
  status: EpisodeStatus;
  vehicle: FundingVehicle;
  weeklyAmount: Scalars['Float']['output'];
};

export type EpisodeStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'PLANNED';

/** A time-bounded fact of who pays for a person's care. Owned by the funder. */
export type FundingEpisode = {
  /** Last day funded; null while open-ended. */
  end?: Maybe<Scalars['Date']['output']>;
  /** GSS code of a council or ODS code of an NHS body. */
  funderCode: Scalars['String']['output'];
  /** Name of the paying organisation. */
  funderName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Null when the caller may not see the person: a hidden record never hides the one that names it. */
  person?: Maybe<Person>;
  start: Scalars['Date']['output'];
  status: EpisodeStatus;
  vehicle: FundingVehicle;
  weeklyAmount: Scalars['Float']['output'];
};

/** How a person's care is paid for. Shared by every funder's episodes. */
export type FundingVehicle =
  | 'COMMISSIONED_PACKAGE'
  | 'CONTINUING_HEALTHCARE'
  | 'DIRECT_PAYMENT'
  | 'INDIVIDUAL_SERVICE_FUND'
  | 'INTEGRATED_BUDGET'
  | 'PERSONAL_HEALTH_BUDGET';

/** Money held by a provider on the person's behalf. */
export type IndividualServiceFund = FundingEpisode & {
  __typename?: 'IndividualServiceFund';
  council: Council;
  end?: Maybe<Scalars['Date']['output']>;
  funderCode: Scalars['String']['output'];
  funderName: Scalars['String']['output'];
  /** The organisation holding the fund. */
  holdingProvider: SupportOrganisation;
  id: Scalars['ID']['output'];
  /** Null when the caller may not see the person: a hidden record never hides the one that names it. */
  person?: Maybe<Person>;
  start: Scalars['Date']['output'];
  status: EpisodeStatus;
  vehicle: FundingVehicle;
  weeklyAmount: Scalars['Float']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Closes a concern your council holds, with its outcome. */
  closeSafeguardingConcern: SafeguardingConcern;
  /** Hub step of a transition: end a council episode the day before the new funding starts. Repeats are harmless. */
  endCouncilEpisodeForTransition: FundingEpisode;
  /** Hub step of a transition: open the council episode it names. At most one per transition; repeats return it. */
  openCouncilEpisodeForTransition: FundingEpisode;
  /**
   * Tells a council of a safeguarding concern about a person the caller works with. Any care
   * professional who may see the person may raise one; the council gets a relationship with the
   * person to make its enquiries, and the caller gets a receipt, not the concern.
   */
  raiseSafeguardingConcern: SafeguardingReferral;
  /** Hub step of a person merge: move every council row naming fromPersonId to toPersonId, recording each. Nothing is refused for clashing; overlaps are reported. Repeats move nothing new. */
  repointPersonInCouncils: RepointResult;
  /** A council's answer to a transition it is party to. One answer per council; repeating it is harmless. */
  respondToTransitionAsCouncil: TransitionResponse;
  /** Hub compensation or unmerge: move exactly the rows this merge moved here back. Repeats move nothing more. */
  revertPersonRepointInCouncils: RepointResult;
  /** Open a direct payment episode. Refused when the person already has an overlapping social care episode. */
  startDirectPayment: DirectPayment;
  /** Starts a section 42 enquiry on a concern your council holds. */
  startSafeguardingEnquiry: SafeguardingConcern;
  /** Hub compensation: remove what this transition changed here (the opened episode; the old episode's end). */
  undoCouncilTransitionSteps: Scalars['Boolean']['output'];
};


export type MutationCloseSafeguardingConcernArgs = {
  input: CloseSafeguardingConcernInput;
};


export type MutationEndCouncilEpisodeForTransitionArgs = {
  episodeId: Scalars['ID']['input'];
  lastDay: Scalars['Date']['input'];
  transitionId: Scalars['ID']['input'];
};


export type MutationOpenCouncilEpisodeForTransitionArgs = {
  input: OpenCouncilEpisodeInput;
  transitionId: Scalars['ID']['input'];
};


export type MutationRaiseSafeguardingConcernArgs = {
  input: RaiseSafeguardingConcernInput;
};


export type MutationRepointPersonInCouncilsArgs = {
  fromPersonId: Scalars['ID']['input'];
  mergeId: Scalars['ID']['input'];
  toPersonId: Scalars['ID']['input'];
};


export type MutationRespondToTransitionAsCouncilArgs = {
  councilGssCode: Scalars['String']['input'];
  decision: TransitionDecision;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  respondedBy: Scalars['String']['input'];
  transitionId: Scalars['ID']['input'];
};


export type MutationRevertPersonRepointInCouncilsArgs = {
  mergeId: Scalars['ID']['input'];
};


export type MutationStartDirectPaymentArgs = {
  input: StartDirectPaymentInput;
};


export type MutationStartSafeguardingEnquiryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUndoCouncilTransitionStepsArgs = {
  transitionId: Scalars['ID']['input'];
};

export type Nation =
  | 'ENGLAND'
  | 'WALES';

export type OpenCouncilEpisodeInput = {
  councilGssCode: Scalars['String']['input'];
  hourlyRate?: InputMaybe<Scalars['Float']['input']>;
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  paymentSupport?: InputMaybe<PaymentSupport>;
  /** The payroll or managed-account provider (direct payment), or the organisation holding an individual service fund. */
  paymentSupportProviderId?: InputMaybe<Scalars['ID']['input']>;
  personId: Scalars['ID']['input'];
  /** For a commissioned package: the provider, if already chosen (otherwise recorded as to be confirmed). */
  providerName?: InputMaybe<Scalars['String']['input']>;
  /** For a commissioned package: which published rate applies (default COMMISSIONED_WITH_EMPLOYEES). */
  rateKind?: InputMaybe<RateKind>;
  start: Scalars['Date']['input'];
  vehicle: FundingVehicle;
  weeklyAmount: Scalars['Float']['input'];
};

/** Who helps the person run the money. */
export type PaymentSupport =
  | 'MANAGED_ACCOUNT'
  | 'PAYROLL_SERVICE'
  | 'SELF_MANAGED';

export type Person = {
  __typename?: 'Person';
  /** The latest care and support plan summary, if a council holds one. */
  carePlan?: Maybe<CarePlanSummary>;
  id: Scalars['ID']['output'];
  /**
   * Safeguarding concerns about the person, newest first. The most restricted field in the hub:
   * only social workers see it, and each sees only the concerns their own council holds.
   */
  safeguardingConcerns?: Maybe<Array<SafeguardingConcern>>;
  /** The person's social care funding episodes, oldest first. */
  socialCareFunding?: Maybe<Array<FundingEpisode>>;
};


export type PersonSafeguardingConcernsArgs = {
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** A council by hub id or GSS code. */
  council?: Maybe<Council>;
  /** The council support offer for employers and PAs: the councils in scope (a council, or those in an NHS body's area) by item and answer. */
  councilSupportOfferAggregates: CouncilSupportOfferAggregates;
  councils: Array<Council>;
  directPayment?: Maybe<DirectPayment>;
  /** People with a council episode of this council covering any day in [from, to]. */
  personIdsFundedByCouncil: Array<Scalars['ID']['output']>;
};


export type QueryCouncilArgs = {
  gssCode?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCouncilSupportOfferAggregatesArgs = {
  filter?: InputMaybe<AggregateFilter>;
};


export type QueryDirectPaymentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonIdsFundedByCouncilArgs = {
  from: Scalars['Date']['input'];
  gssCode: Scalars['String']['input'];
  to: Scalars['Date']['input'];
};

export type RaiseSafeguardingConcernInput = {
  category: SafeguardingCategory;
  /** The council that leads on the concern (GSS code): usually the one funding the person's care. */
  councilGssCode: Scalars['String']['input'];
  personId: Scalars['ID']['input'];
  source: SafeguardingSource;
  /** 10 to 1,000 characters: what happened, not the case record. */
  summary: Scalars['String']['input'];
};

export type Rate = {
  __typename?: 'Rate';
  effectiveFrom: Scalars['Date']['output'];
  hourlyRate: Scalars['Float']['output'];
  kind: RateKind;
};

export type RateKind =
  | 'COMMISSIONED_SOLE_TRADER'
  | 'COMMISSIONED_WITH_EMPLOYEES'
  | 'DIRECT_PAYMENT'
  | 'SLEEP_IN';

/** What one subgraph's step of a person merge, or of its revert, did. */
export type RepointResult = {
  __typename?: 'RepointResult';
  mergeId: Scalars['ID']['output'];
  /** Ids of the surviving person's records here that overlap another of theirs once the merge is applied (funding episodes, or employments of the same PA), for the hub to flag. Empty on a revert. */
  overlaps: Array<Scalars['ID']['output']>;
  /** Rows moved: on a repoint, every row the merge moved here (a repeat answers the same); on a revert, the rows this call moved back. */
  rowsMoved: Scalars['Int']['output'];
};

/** Care Act 2014 statutory guidance: the kinds of abuse and neglect. */
export type SafeguardingCategory =
  | 'DISCRIMINATORY'
  | 'DOMESTIC'
  | 'FINANCIAL_OR_MATERIAL'
  | 'MODERN_SLAVERY'
  | 'NEGLECT_AND_ACTS_OF_OMISSION'
  | 'ORGANISATIONAL'
  | 'PHYSICAL'
  | 'PSYCHOLOGICAL'
  | 'SELF_NEGLECT'
  | 'SEXUAL';

/**
 * A concern that an adult with care and support needs is experiencing, or is at risk of, abuse
 * or neglect (Care Act 2014, s.42), held by the council that leads on it.
 */
export type SafeguardingConcern = {
  __typename?: 'SafeguardingConcern';
  category: SafeguardingCategory;
  closedOn?: Maybe<Scalars['Date']['output']>;
  council: Council;
  enquiryStartedOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  outcome?: Maybe<SafeguardingOutcome>;
  raisedBy: Scalars['String']['output'];
  raisedOn: Scalars['Date']['output'];
  source: SafeguardingSource;
  status: SafeguardingStatus;
  /** Short: the detail stays in the council's case record. */
  summary: Scalars['String']['output'];
};

export type SafeguardingOutcome =
  | 'ACTION_TAKEN'
  | 'NO_FURTHER_ACTION';

/**
 * What whoever raised a concern gets back: that the council has it. The concern itself is then
 * the council's, and only its social workers see it.
 */
export type SafeguardingReferral = {
  __typename?: 'SafeguardingReferral';
  council: Council;
  id: Scalars['ID']['output'];
  raisedOn: Scalars['Date']['output'];
};

/** Who brought the concern to the council. */
export type SafeguardingSource =
  | 'FAMILY_MEMBER'
  | 'MICRO_CARE_DEVELOPMENT_OFFICER'
  | 'NHS_STAFF'
  | 'OTHER'
  | 'PERSONAL_ASSISTANT'
  | 'PROVIDER'
  /** The council's own review call (e.g. four weeks after a PA starts). */
  | 'REVIEW_CALL'
  | 'THE_PERSON';

export type SafeguardingStatus =
  | 'CLOSED'
  /** The council is making a section 42 enquiry. */
  | 'ENQUIRY'
  /** Raised; no section 42 enquiry (yet). */
  | 'RAISED';

export type StartDirectPaymentInput = {
  councilGssCode: Scalars['String']['input'];
  end?: InputMaybe<Scalars['Date']['input']>;
  hourlyRate: Scalars['Float']['input'];
  hoursPerWeek: Scalars['Float']['input'];
  paymentSupport: PaymentSupport;
  paymentSupportProviderId?: InputMaybe<Scalars['ID']['input']>;
  personId: Scalars['ID']['input'];
  start: Scalars['Date']['input'];
};

export type SupportAudience =
  | 'EMPLOYER'
  | 'PA';

/**
 * One support item for one audience: how many councils in scope offer it. These are counts of
 * councils (published organisational facts), not of people, so they are not suppressed.
 */
export type SupportOfferItem = {
  __typename?: 'SupportOfferItem';
  audience: SupportAudience;
  available: Scalars['Int']['output'];
  /** Councils in scope offering it in the previous survey round; null when that round did not ask. */
  availableInPreviousRound?: Maybe<Scalars['Int']['output']>;
  byProvider: Array<SupportOfferProviderCount>;
  dontKnow: Scalars['Int']['output'];
  inDevelopment: Scalars['Int']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  notAvailable: Scalars['Int']['output'];
};

export type SupportOfferProvider =
  | 'LOCAL_AUTHORITY'
  | 'OTHER_VOLUNTARY_ORGANISATION'
  | 'SUPPORT_ORGANISATION';

export type SupportOfferProviderCount = {
  __typename?: 'SupportOfferProviderCount';
  /** Councils in scope where this kind of organisation provides the item. */
  councils: Scalars['Int']['output'];
  provider: SupportOfferProvider;
};

export type SupportOrganisation = {
  __typename?: 'SupportOrganisation';
  id: Scalars['ID']['output'];
};

export type Transition = {
  __typename?: 'Transition';
  /** Answers from councils that are party to the transition (care team only: the notes may be clinical). */
  councilResponses?: Maybe<Array<TransitionResponse>>;
  id: Scalars['ID']['output'];
};

/** A funder's answer to a proposed transition. */
export type TransitionDecision =
  | 'AGREE'
  | 'REJECT';

export type TransitionResponse = {
  __typename?: 'TransitionResponse';
  decision: TransitionDecision;
  funderCode: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  respondedAt: Scalars['DateTime']['output'];
  /** Name and role of the person who answered for the funder. */
  respondedBy: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  CommissionedPackage: CommissionedPackage;
  Council: Council;
  DirectPayment: DirectPayment;
  IndividualServiceFund: IndividualServiceFund;
  Person: Person;
  Transition: Transition;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  CommissionedPackage:
    ( { __typename: 'CommissionedPackage' }
    & GraphQLRecursivePick<FederationTypes['CommissionedPackage'], {"id":true}> );
  Council:
    ( { __typename: 'Council' }
    & ( GraphQLRecursivePick<FederationTypes['Council'], {"id":true}>
        | GraphQLRecursivePick<FederationTypes['Council'], {"gssCode":true}> ) );
  DirectPayment:
    ( { __typename: 'DirectPayment' }
    & GraphQLRecursivePick<FederationTypes['DirectPayment'], {"id":true}> );
  IndividualServiceFund:
    ( { __typename: 'IndividualServiceFund' }
    & GraphQLRecursivePick<FederationTypes['IndividualServiceFund'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Transition:
    ( { __typename: 'Transition' }
    & GraphQLRecursivePick<FederationTypes['Transition'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  FundingEpisode:
    | ( CommissionedPackageModel )
    | ( DirectPaymentModel )
    | ( IndividualServiceFundModel )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AggregateFilter: AggregateFilter;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CarePlanSummary: ResolverTypeWrapper<CarePlanModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CareTask: ResolverTypeWrapper<CareTask>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CloseSafeguardingConcernInput: CloseSafeguardingConcernInput;
  CommissionedPackage: ResolverTypeWrapper<CommissionedPackageModel>;
  Council: ResolverTypeWrapper<CouncilModel>;
  CouncilSupportOfferAggregates: ResolverTypeWrapper<CouncilSupportOfferAggregates>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DirectPayment: ResolverTypeWrapper<DirectPaymentModel>;
  EpisodeStatus: EpisodeStatus;
  FundingEpisode: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['FundingEpisode']>;
  FundingVehicle: FundingVehicle;
  IndividualServiceFund: ResolverTypeWrapper<IndividualServiceFundModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Nation: Nation;
  OpenCouncilEpisodeInput: OpenCouncilEpisodeInput;
  PaymentSupport: PaymentSupport;
  Person: ResolverTypeWrapper<PersonReference>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RaiseSafeguardingConcernInput: RaiseSafeguardingConcernInput;
  Rate: ResolverTypeWrapper<CouncilRateModel>;
  RateKind: RateKind;
  RepointResult: ResolverTypeWrapper<RepointResult>;
  SafeguardingCategory: SafeguardingCategory;
  SafeguardingConcern: ResolverTypeWrapper<HeldConcern>;
  SafeguardingOutcome: SafeguardingOutcome;
  SafeguardingReferral: ResolverTypeWrapper<SafeguardingConcernModel>;
  SafeguardingSource: SafeguardingSource;
  SafeguardingStatus: SafeguardingStatus;
  StartDirectPaymentInput: StartDirectPaymentInput;
  SupportAudience: SupportAudience;
  SupportOfferItem: ResolverTypeWrapper<SupportOfferItem>;
  SupportOfferProvider: SupportOfferProvider;
  SupportOfferProviderCount: ResolverTypeWrapper<SupportOfferProviderCount>;
  SupportOrganisation: ResolverTypeWrapper<SupportOrganisationReference>;
  Transition: ResolverTypeWrapper<TransitionReference>;
  TransitionDecision: TransitionDecision;
  TransitionResponse: ResolverTypeWrapper<TransitionResponseModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AggregateFilter: AggregateFilter;
  String: Scalars['String']['output'];
  CarePlanSummary: CarePlanModel;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  CareTask: CareTask;
  Float: Scalars['Float']['output'];
  CloseSafeguardingConcernInput: CloseSafeguardingConcernInput;
  CommissionedPackage: CommissionedPackageModel;
  Council: CouncilModel;
  CouncilSupportOfferAggregates: CouncilSupportOfferAggregates;
  Int: Scalars['Int']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DirectPayment: DirectPaymentModel;
  FundingEpisode: ResolversInterfaceTypes<ResolversParentTypes>['FundingEpisode'];
  IndividualServiceFund: IndividualServiceFundModel;
  Mutation: Record<PropertyKey, never>;
  OpenCouncilEpisodeInput: OpenCouncilEpisodeInput;
  Person: PersonReference;
  Query: Record<PropertyKey, never>;
  RaiseSafeguardingConcernInput: RaiseSafeguardingConcernInput;
  Rate: CouncilRateModel;
  RepointResult: RepointResult;
  SafeguardingConcern: HeldConcern;
  SafeguardingReferral: SafeguardingConcernModel;
  StartDirectPaymentInput: StartDirectPaymentInput;
  SupportOfferItem: SupportOfferItem;
  SupportOfferProviderCount: SupportOfferProviderCount;
  SupportOrganisation: SupportOrganisationReference;
  Transition: TransitionReference;
  TransitionResponse: TransitionResponseModel;
}>;

export type CarePlanSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CarePlanSummary'] = ResolversParentTypes['CarePlanSummary']> = ResolversObject<{
  contingencyPlanInPlace?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  council?: Resolver<ResolversTypes['Council'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastReviewed?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  nextReview?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['CareTask']>, ParentType, ContextType>;
}>;

export type CareTaskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CareTask'] = ResolversParentTypes['CareTask']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  healthRelated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type CommissionedPackageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommissionedPackage'] = ResolversParentTypes['CommissionedPackage'], FederationReferenceType extends FederationReferenceTypes['CommissionedPackage'] = FederationReferenceTypes['CommissionedPackage']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CommissionedPackage']> | FederationReferenceType, FederationReferenceType, ContextType>;
  council?: Resolver<ResolversTypes['Council'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  funderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hourlyRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  providerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rateKind?: Resolver<ResolversTypes['RateKind'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EpisodeStatus'], ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['FundingVehicle'], ParentType, ContextType>;
  weeklyAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CouncilResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Council'] = ResolversParentTypes['Council'], FederationReferenceType extends FederationReferenceTypes['Council'] = FederationReferenceTypes['Council']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Council']> | FederationReferenceType, FederationReferenceType, ContextType>;
  gssCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nation?: Resolver<ResolversTypes['Nation'], ParentType, ContextType>;
  rates?: Resolver<Array<ResolversTypes['Rate']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CouncilSupportOfferAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilSupportOfferAggregates'] = ResolversParentTypes['CouncilSupportOfferAggregates']> = ResolversObject<{
  councils?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['SupportOfferItem']>, ParentType, ContextType>;
  previousSurveyYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  surveyYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DirectPaymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DirectPayment'] = ResolversParentTypes['DirectPayment'], FederationReferenceType extends FederationReferenceTypes['DirectPayment'] = FederationReferenceTypes['DirectPayment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DirectPayment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  council?: Resolver<ResolversTypes['Council'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  funderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hourlyRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paymentSupport?: Resolver<ResolversTypes['PaymentSupport'], ParentType, ContextType>;
  paymentSupportProvider?: Resolver<Maybe<ResolversTypes['SupportOrganisation']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EpisodeStatus'], ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['FundingVehicle'], ParentType, ContextType>;
  weeklyAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FundingEpisodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingEpisode'] = ResolversParentTypes['FundingEpisode']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CommissionedPackage' | 'DirectPayment' | 'IndividualServiceFund', ParentType, ContextType>;
}>;

export type IndividualServiceFundResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndividualServiceFund'] = ResolversParentTypes['IndividualServiceFund'], FederationReferenceType extends FederationReferenceTypes['IndividualServiceFund'] = FederationReferenceTypes['IndividualServiceFund']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['IndividualServiceFund']> | FederationReferenceType, FederationReferenceType, ContextType>;
  council?: Resolver<ResolversTypes['Council'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  funderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holdingProvider?: Resolver<ResolversTypes['SupportOrganisation'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EpisodeStatus'], ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['FundingVehicle'], ParentType, ContextType>;
  weeklyAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  closeSafeguardingConcern?: Resolver<ResolversTypes['SafeguardingConcern'], ParentType, ContextType, RequireFields<MutationCloseSafeguardingConcernArgs, 'input'>>;
  endCouncilEpisodeForTransition?: Resolver<ResolversTypes['FundingEpisode'], ParentType, ContextType, RequireFields<MutationEndCouncilEpisodeForTransitionArgs, 'episodeId' | 'lastDay' | 'transitionId'>>;
  openCouncilEpisodeForTransition?: Resolver<ResolversTypes['FundingEpisode'], ParentType, ContextType, RequireFields<MutationOpenCouncilEpisodeForTransitionArgs, 'input' | 'transitionId'>>;
  raiseSafeguardingConcern?: Resolver<ResolversTypes['SafeguardingReferral'], ParentType, ContextType, RequireFields<MutationRaiseSafeguardingConcernArgs, 'input'>>;
  repointPersonInCouncils?: Resolver<ResolversTypes['RepointResult'], ParentType, ContextType, RequireFields<MutationRepointPersonInCouncilsArgs, 'fromPersonId' | 'mergeId' | 'toPersonId'>>;
  respondToTransitionAsCouncil?: Resolver<ResolversTypes['TransitionResponse'], ParentType, ContextType, RequireFields<MutationRespondToTransitionAsCouncilArgs, 'councilGssCode' | 'decision' | 'respondedBy' | 'transitionId'>>;
  revertPersonRepointInCouncils?: Resolver<ResolversTypes['RepointResult'], ParentType, ContextType, RequireFields<MutationRevertPersonRepointInCouncilsArgs, 'mergeId'>>;
  startDirectPayment?: Resolver<ResolversTypes['DirectPayment'], ParentType, ContextType, RequireFields<MutationStartDirectPaymentArgs, 'input'>>;
  startSafeguardingEnquiry?: Resolver<ResolversTypes['SafeguardingConcern'], ParentType, ContextType, RequireFields<MutationStartSafeguardingEnquiryArgs, 'id'>>;
  undoCouncilTransitionSteps?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUndoCouncilTransitionStepsArgs, 'transitionId'>>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  carePlan?: Resolver<Maybe<ResolversTypes['CarePlanSummary']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  safeguardingConcerns?: Resolver<Maybe<Array<ResolversTypes['SafeguardingConcern']>>, ParentType, ContextType, RequireFields<PersonSafeguardingConcernsArgs, 'includeClosed'>>;
  socialCareFunding?: Resolver<Maybe<Array<ResolversTypes['FundingEpisode']>>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  council?: Resolver<Maybe<ResolversTypes['Council']>, ParentType, ContextType, Partial<QueryCouncilArgs>>;
  councilSupportOfferAggregates?: Resolver<ResolversTypes['CouncilSupportOfferAggregates'], ParentType, ContextType, Partial<QueryCouncilSupportOfferAggregatesArgs>>;
  councils?: Resolver<Array<ResolversTypes['Council']>, ParentType, ContextType>;
  directPayment?: Resolver<Maybe<ResolversTypes['DirectPayment']>, ParentType, ContextType, RequireFields<QueryDirectPaymentArgs, 'id'>>;
  personIdsFundedByCouncil?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryPersonIdsFundedByCouncilArgs, 'from' | 'gssCode' | 'to'>>;
}>;

export type RateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Rate'] = ResolversParentTypes['Rate']> = ResolversObject<{
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hourlyRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RateKind'], ParentType, ContextType>;
}>;

export type RepointResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RepointResult'] = ResolversParentTypes['RepointResult']> = ResolversObject<{
  mergeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overlaps?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  rowsMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SafeguardingConcernResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SafeguardingConcern'] = ResolversParentTypes['SafeguardingConcern']> = ResolversObject<{
  category?: Resolver<ResolversTypes['SafeguardingCategory'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  council?: Resolver<ResolversTypes['Council'], ParentType, ContextType>;
  enquiryStartedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['SafeguardingOutcome']>, ParentType, ContextType>;
  raisedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raisedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['SafeguardingSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SafeguardingStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SafeguardingReferralResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SafeguardingReferral'] = ResolversParentTypes['SafeguardingReferral']> = ResolversObject<{
  council?: Resolver<ResolversTypes['Council'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  raisedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type SupportOfferItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportOfferItem'] = ResolversParentTypes['SupportOfferItem']> = ResolversObject<{
  audience?: Resolver<ResolversTypes['SupportAudience'], ParentType, ContextType>;
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  availableInPreviousRound?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  byProvider?: Resolver<Array<ResolversTypes['SupportOfferProviderCount']>, ParentType, ContextType>;
  dontKnow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inDevelopment?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notAvailable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SupportOfferProviderCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportOfferProviderCount'] = ResolversParentTypes['SupportOfferProviderCount']> = ResolversObject<{
  councils?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['SupportOfferProvider'], ParentType, ContextType>;
}>;

export type SupportOrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportOrganisation'] = ResolversParentTypes['SupportOrganisation']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type TransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Transition'] = ResolversParentTypes['Transition'], FederationReferenceType extends FederationReferenceTypes['Transition'] = FederationReferenceTypes['Transition']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Transition']> | FederationReferenceType, FederationReferenceType, ContextType>;
  councilResponses?: Resolver<Maybe<Array<ResolversTypes['TransitionResponse']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type TransitionResponseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitionResponse'] = ResolversParentTypes['TransitionResponse']> = ResolversObject<{
  decision?: Resolver<ResolversTypes['TransitionDecision'], ParentType, ContextType>;
  funderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  respondedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  respondedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  CarePlanSummary?: CarePlanSummaryResolvers<ContextType>;
  CareTask?: CareTaskResolvers<ContextType>;
  CommissionedPackage?: CommissionedPackageResolvers<ContextType>;
  Council?: CouncilResolvers<ContextType>;
  CouncilSupportOfferAggregates?: CouncilSupportOfferAggregatesResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DirectPayment?: DirectPaymentResolvers<ContextType>;
  FundingEpisode?: FundingEpisodeResolvers<ContextType>;
  IndividualServiceFund?: IndividualServiceFundResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Rate?: RateResolvers<ContextType>;
  RepointResult?: RepointResultResolvers<ContextType>;
  SafeguardingConcern?: SafeguardingConcernResolvers<ContextType>;
  SafeguardingReferral?: SafeguardingReferralResolvers<ContextType>;
  SupportOfferItem?: SupportOfferItemResolvers<ContextType>;
  SupportOfferProviderCount?: SupportOfferProviderCountResolvers<ContextType>;
  SupportOrganisation?: SupportOrganisationResolvers<ContextType>;
  Transition?: TransitionResolvers<ContextType>;
  TransitionResponse?: TransitionResponseResolvers<ContextType>;
}>;

