import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { HealthBodyModel, PersonalHealthBudgetModel, ChcPackageModel, IntegratedBudgetModel, IntegratedBudgetShareModel, ChcDecisionModel, HealthPlanModel, PaymentProcessingAgreementModel, TransitionResponseModel } from './prisma/models.ts';
import type { TransitionReference, CouncilReference, PersonReference, SupportOrganisationReference } from '../references.ts';
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

export type CareTask = {
  __typename?: 'CareTask';
  description: Scalars['String']['output'];
  healthRelated: Scalars['Boolean']['output'];
  hoursPerWeek: Scalars['Float']['output'];
};

export type ChcEligibilityDecision = {
  __typename?: 'ChcEligibilityDecision';
  decidedOn: Scalars['Date']['output'];
  healthBody: HealthBody;
  id: Scalars['ID']['output'];
  nextReview?: Maybe<Scalars['Date']['output']>;
  outcome: ChcOutcome;
};

export type ChcOutcome =
  | 'ELIGIBLE'
  | 'FAST_TRACK'
  | 'NOT_ELIGIBLE';

/** An NHS continuing healthcare package following an eligibility decision. */
export type ContinuingHealthcarePackage = FundingEpisode & {
  __typename?: 'ContinuingHealthcarePackage';
  /** Null when the caller may not see the decision: a hidden record never hides the one that names it. */
  decision?: Maybe<ChcEligibilityDecision>;
  end?: Maybe<Scalars['Date']['output']>;
  funderCode: Scalars['String']['output'];
  funderName: Scalars['String']['output'];
  healthBody: HealthBody;
  id: Scalars['ID']['output'];
  /** Null when the caller may not see the person: a hidden record never hides the one that names it. */
  person?: Maybe<Person>;
  start: Scalars['Date']['output'];
  status: EpisodeStatus;
  vehicle: FundingVehicle;
  weeklyAmount: Scalars['Float']['output'];
};

export type Council = {
  __typename?: 'Council';
  gssCode: Scalars['String']['output'];
};

export type EpisodeStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'PLANNED';

export type FunderKind =
  | 'COUNCIL'
  | 'HEALTH';

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

/** One funder's part of an integrated (joint) budget. */
export type FundingShare = {
  __typename?: 'FundingShare';
  funderCode: Scalars['String']['output'];
  funderKind: FunderKind;
  funderName: Scalars['String']['output'];
  /** Whole percent; the shares of a budget add up to 100. */
  percentage: Scalars['Int']['output'];
};

/** How a person's care is paid for. Shared by every funder's episodes. */
export type FundingVehicle =
  | 'COMMISSIONED_PACKAGE'
  | 'CONTINUING_HEALTHCARE'
  | 'DIRECT_PAYMENT'
  | 'INDIVIDUAL_SERVICE_FUND'
  | 'INTEGRATED_BUDGET'
  | 'PERSONAL_HEALTH_BUDGET';

/** An NHS commissioner: an integrated care board in England or a local health board in Wales. */
export type HealthBody = {
  __typename?: 'HealthBody';
  /** GSS codes of the councils in its area. */
  councilGssCodes: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: HealthBodyKind;
  name: Scalars['String']['output'];
  nation: Nation;
  /** ODS code, e.g. QHM for North East and North Cumbria ICB. */
  odsCode: Scalars['String']['output'];
};

export type HealthBodyKind =
  | 'INTEGRATED_CARE_BOARD'
  | 'LOCAL_HEALTH_BOARD';

/** The NHS body's plan for a person's care (PHB care plan, CHC plan). */
export type HealthPlanSummary = {
  __typename?: 'HealthPlanSummary';
  healthBody: HealthBody;
  id: Scalars['ID']['output'];
  lastReviewed: Scalars['Date']['output'];
  tasks: Array<CareTask>;
};

/** A budget jointly funded by a council and an NHS body, administered by the NHS body. */
export type IntegratedBudget = FundingEpisode & {
  __typename?: 'IntegratedBudget';
  end?: Maybe<Scalars['Date']['output']>;
  funderCode: Scalars['String']['output'];
  funderName: Scalars['String']['output'];
  healthBody: HealthBody;
  id: Scalars['ID']['output'];
  /** Null when the caller may not see the person: a hidden record never hides the one that names it. */
  person?: Maybe<Person>;
  shares: Array<FundingShare>;
  start: Scalars['Date']['output'];
  status: EpisodeStatus;
  vehicle: FundingVehicle;
  weeklyAmount: Scalars['Float']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Hub step of a transition: end an NHS episode the day before the new funding starts. Repeats are harmless. */
  endHealthEpisodeForTransition: FundingEpisode;
  /** Hub step of a transition: open the NHS episode it names. At most one per transition; repeats return it. */
  openHealthEpisodeForTransition: FundingEpisode;
  /** Record a continuing healthcare eligibility decision. */
  recordChcDecision: ChcEligibilityDecision;
  /** Hub step of a person merge: move every NHS row naming fromPersonId to toPersonId, recording each. Nothing is refused for clashing; overlaps are reported. Repeats move nothing new. */
  repointPersonInHealth: RepointResult;
  /** An NHS body's answer to a transition it is party to. One answer per body; repeating it is harmless. */
  respondToTransitionAsHealthBody: TransitionResponse;
  /** Hub compensation or unmerge: move exactly the rows this merge moved here back. Repeats move nothing more. */
  revertPersonRepointInHealth: RepointResult;
  /** Hub compensation: remove what this transition changed here. */
  undoHealthTransitionSteps: Scalars['Boolean']['output'];
};


export type MutationEndHealthEpisodeForTransitionArgs = {
  episodeId: Scalars['ID']['input'];
  lastDay: Scalars['Date']['input'];
  transitionId: Scalars['ID']['input'];
};


export type MutationOpenHealthEpisodeForTransitionArgs = {
  input: OpenHealthEpisodeInput;
  transitionId: Scalars['ID']['input'];
};


export type MutationRecordChcDecisionArgs = {
  input: RecordChcDecisionInput;
};


export type MutationRepointPersonInHealthArgs = {
  fromPersonId: Scalars['ID']['input'];
  mergeId: Scalars['ID']['input'];
  toPersonId: Scalars['ID']['input'];
};


export type MutationRespondToTransitionAsHealthBodyArgs = {
  decision: TransitionDecision;
  healthBodyOdsCode: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  respondedBy: Scalars['String']['input'];
  transitionId: Scalars['ID']['input'];
};


export type MutationRevertPersonRepointInHealthArgs = {
  mergeId: Scalars['ID']['input'];
};


export type MutationUndoHealthTransitionStepsArgs = {
  transitionId: Scalars['ID']['input'];
};

export type Nation =
  | 'ENGLAND'
  | 'WALES';

export type OpenHealthEpisodeInput = {
  healthBodyOdsCode: Scalars['String']['input'];
  hourlyRate?: InputMaybe<Scalars['Float']['input']>;
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  management?: InputMaybe<PhbManagement>;
  paymentSupportProviderId?: InputMaybe<Scalars['ID']['input']>;
  personId: Scalars['ID']['input'];
  /** For an integrated budget. */
  shares?: InputMaybe<Array<OpenShareInput>>;
  start: Scalars['Date']['input'];
  vehicle: FundingVehicle;
  weeklyAmount: Scalars['Float']['input'];
};

export type OpenShareInput = {
  funderCode: Scalars['String']['input'];
  funderKind: FunderKind;
  /** The funder's name as agreed; when left out, the NHS body's own name or the council's name from the graph. */
  funderName?: InputMaybe<Scalars['String']['input']>;
  percentage: Scalars['Int']['input'];
};

/** A council processing an NHS body's PHB payments for a fee per customer (the Derby arrangement). */
export type PaymentProcessingAgreement = {
  __typename?: 'PaymentProcessingAgreement';
  council: Council;
  /** PHBs whose payments the council processes, active on the given day (default today). */
  customers: Array<PersonalHealthBudget>;
  end?: Maybe<Scalars['Date']['output']>;
  /** Fee due for a quarter, e.g. 2026-Q4: customers active in each month of the quarter × monthly fee. */
  feeForQuarter: QuarterFee;
  feePerCustomerPerMonth: Scalars['Float']['output'];
  healthBody: HealthBody;
  id: Scalars['ID']['output'];
  start: Scalars['Date']['output'];
};


/** A council processing an NHS body's PHB payments for a fee per customer (the Derby arrangement). */
export type PaymentProcessingAgreementCustomersArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** A council processing an NHS body's PHB payments for a fee per customer (the Derby arrangement). */
export type PaymentProcessingAgreementFeeForQuarterArgs = {
  quarter: Scalars['String']['input'];
};

export type Person = {
  __typename?: 'Person';
  chcDecisions?: Maybe<Array<ChcEligibilityDecision>>;
  /** The person's NHS funding episodes, oldest first. */
  healthFunding?: Maybe<Array<FundingEpisode>>;
  /** The latest NHS plan, if an NHS body holds one. */
  healthPlan?: Maybe<HealthPlanSummary>;
  id: Scalars['ID']['output'];
};

export type PersonalHealthBudget = FundingEpisode & {
  __typename?: 'PersonalHealthBudget';
  end?: Maybe<Scalars['Date']['output']>;
  funderCode: Scalars['String']['output'];
  funderName: Scalars['String']['output'];
  healthBody: HealthBody;
  hourlyRate: Scalars['Float']['output'];
  hoursPerWeek: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  management: PhbManagement;
  /** The payroll or managed-account provider (a support organisation). */
  paymentSupportProvider?: Maybe<SupportOrganisation>;
  /** The council that processes this PHB's payments on the NHS body's behalf, if any. */
  paymentsProcessedBy?: Maybe<Council>;
  /** Null when the caller may not see the person: a hidden record never hides the one that names it. */
  person?: Maybe<Person>;
  start: Scalars['Date']['output'];
  status: EpisodeStatus;
  vehicle: FundingVehicle;
  weeklyAmount: Scalars['Float']['output'];
};

/** The three ways a personal health budget can be managed (NHS England). */
export type PhbManagement =
  | 'DIRECT_PAYMENT'
  | 'NOTIONAL'
  | 'THIRD_PARTY';

export type QuarterFee = {
  __typename?: 'QuarterFee';
  /** Customer-months in the quarter. */
  customerMonths: Scalars['Int']['output'];
  fee: Scalars['Float']['output'];
  quarter: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  healthBodies: Array<HealthBody>;
  /** A health body by hub id or ODS code. */
  healthBody?: Maybe<HealthBody>;
  paymentProcessingAgreements: Array<PaymentProcessingAgreement>;
  /** People with an NHS episode of this body covering any day in [from, to]. */
  personIdsFundedByHealthBody: Array<Scalars['ID']['output']>;
  /** People holding both an NHS plan from this body and a council care plan are found through this list. */
  personIdsWithHealthPlan: Array<Scalars['ID']['output']>;
  personalHealthBudget?: Maybe<PersonalHealthBudget>;
};


export type QueryHealthBodyArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  odsCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPaymentProcessingAgreementsArgs = {
  odsCode: Scalars['String']['input'];
};


export type QueryPersonIdsFundedByHealthBodyArgs = {
  from: Scalars['Date']['input'];
  odsCode: Scalars['String']['input'];
  to: Scalars['Date']['input'];
};


export type QueryPersonIdsWithHealthPlanArgs = {
  odsCode: Scalars['String']['input'];
};


export type QueryPersonalHealthBudgetArgs = {
  id: Scalars['ID']['input'];
};

export type RecordChcDecisionInput = {
  decidedOn: Scalars['Date']['input'];
  healthBodyOdsCode: Scalars['String']['input'];
  nextReview?: InputMaybe<Scalars['Date']['input']>;
  outcome: ChcOutcome;
  personId: Scalars['ID']['input'];
};

/** What one subgraph's step of a person merge, or of its revert, did. */
export type RepointResult = {
  __typename?: 'RepointResult';
  mergeId: Scalars['ID']['output'];
  /** Ids of the surviving person's records here that overlap another of theirs once the merge is applied (funding episodes, or employments of the same PA), for the hub to flag. Empty on a revert. */
  overlaps: Array<Scalars['ID']['output']>;
  /** Rows moved: on a repoint, every row the merge moved here (a repeat answers the same); on a revert, the rows this call moved back. */
  rowsMoved: Scalars['Int']['output'];
};

export type SupportOrganisation = {
  __typename?: 'SupportOrganisation';
  id: Scalars['ID']['output'];
};

export type Transition = {
  __typename?: 'Transition';
  /** Answers from NHS bodies that are party to the transition (care team only: the notes may be clinical). */
  healthResponses?: Maybe<Array<TransitionResponse>>;
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
  ContinuingHealthcarePackage: ContinuingHealthcarePackage;
  HealthBody: HealthBody;
  IntegratedBudget: IntegratedBudget;
  Person: Person;
  PersonalHealthBudget: PersonalHealthBudget;
  Transition: Transition;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ContinuingHealthcarePackage:
    ( { __typename: 'ContinuingHealthcarePackage' }
    & GraphQLRecursivePick<FederationTypes['ContinuingHealthcarePackage'], {"id":true}> );
  HealthBody:
    ( { __typename: 'HealthBody' }
    & GraphQLRecursivePick<FederationTypes['HealthBody'], {"id":true}> );
  IntegratedBudget:
    ( { __typename: 'IntegratedBudget' }
    & GraphQLRecursivePick<FederationTypes['IntegratedBudget'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  PersonalHealthBudget:
    ( { __typename: 'PersonalHealthBudget' }
    & GraphQLRecursivePick<FederationTypes['PersonalHealthBudget'], {"id":true}> );
  Transition:
    ( { __typename: 'Transition' }
    & GraphQLRecursivePick<FederationTypes['Transition'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  FundingEpisode:
    | ( ChcPackageModel )
    | ( IntegratedBudgetModel )
    | ( PersonalHealthBudgetModel )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CareTask: ResolverTypeWrapper<CareTask>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ChcEligibilityDecision: ResolverTypeWrapper<ChcDecisionModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ChcOutcome: ChcOutcome;
  ContinuingHealthcarePackage: ResolverTypeWrapper<ChcPackageModel>;
  Council: ResolverTypeWrapper<CouncilReference>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EpisodeStatus: EpisodeStatus;
  FunderKind: FunderKind;
  FundingEpisode: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['FundingEpisode']>;
  FundingShare: ResolverTypeWrapper<IntegratedBudgetShareModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  FundingVehicle: FundingVehicle;
  HealthBody: ResolverTypeWrapper<HealthBodyModel>;
  HealthBodyKind: HealthBodyKind;
  HealthPlanSummary: ResolverTypeWrapper<HealthPlanModel>;
  IntegratedBudget: ResolverTypeWrapper<IntegratedBudgetModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Nation: Nation;
  OpenHealthEpisodeInput: OpenHealthEpisodeInput;
  OpenShareInput: OpenShareInput;
  PaymentProcessingAgreement: ResolverTypeWrapper<PaymentProcessingAgreementModel>;
  Person: ResolverTypeWrapper<PersonReference>;
  PersonalHealthBudget: ResolverTypeWrapper<PersonalHealthBudgetModel>;
  PhbManagement: PhbManagement;
  QuarterFee: ResolverTypeWrapper<QuarterFee>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordChcDecisionInput: RecordChcDecisionInput;
  RepointResult: ResolverTypeWrapper<RepointResult>;
  SupportOrganisation: ResolverTypeWrapper<SupportOrganisationReference>;
  Transition: ResolverTypeWrapper<TransitionReference>;
  TransitionDecision: TransitionDecision;
  TransitionResponse: ResolverTypeWrapper<TransitionResponseModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CareTask: CareTask;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  ChcEligibilityDecision: ChcDecisionModel;
  ID: Scalars['ID']['output'];
  ContinuingHealthcarePackage: ChcPackageModel;
  Council: CouncilReference;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  FundingEpisode: ResolversInterfaceTypes<ResolversParentTypes>['FundingEpisode'];
  FundingShare: IntegratedBudgetShareModel;
  Int: Scalars['Int']['output'];
  HealthBody: HealthBodyModel;
  HealthPlanSummary: HealthPlanModel;
  IntegratedBudget: IntegratedBudgetModel;
  Mutation: Record<PropertyKey, never>;
  OpenHealthEpisodeInput: OpenHealthEpisodeInput;
  OpenShareInput: OpenShareInput;
  PaymentProcessingAgreement: PaymentProcessingAgreementModel;
  Person: PersonReference;
  PersonalHealthBudget: PersonalHealthBudgetModel;
  QuarterFee: QuarterFee;
  Query: Record<PropertyKey, never>;
  RecordChcDecisionInput: RecordChcDecisionInput;
  RepointResult: RepointResult;
  SupportOrganisation: SupportOrganisationReference;
  Transition: TransitionReference;
  TransitionResponse: TransitionResponseModel;
}>;

export type CareTaskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CareTask'] = ResolversParentTypes['CareTask']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  healthRelated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ChcEligibilityDecisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChcEligibilityDecision'] = ResolversParentTypes['ChcEligibilityDecision']> = ResolversObject<{
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  healthBody?: Resolver<ResolversTypes['HealthBody'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextReview?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ChcOutcome'], ParentType, ContextType>;
}>;

export type ContinuingHealthcarePackageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContinuingHealthcarePackage'] = ResolversParentTypes['ContinuingHealthcarePackage'], FederationReferenceType extends FederationReferenceTypes['ContinuingHealthcarePackage'] = FederationReferenceTypes['ContinuingHealthcarePackage']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ContinuingHealthcarePackage']> | FederationReferenceType, FederationReferenceType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['ChcEligibilityDecision']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  funderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  healthBody?: Resolver<ResolversTypes['HealthBody'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EpisodeStatus'], ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['FundingVehicle'], ParentType, ContextType>;
  weeklyAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CouncilResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Council'] = ResolversParentTypes['Council']> = ResolversObject<{
  gssCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FundingEpisodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingEpisode'] = ResolversParentTypes['FundingEpisode']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ContinuingHealthcarePackage' | 'IntegratedBudget' | 'PersonalHealthBudget', ParentType, ContextType>;
}>;

export type FundingShareResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingShare'] = ResolversParentTypes['FundingShare']> = ResolversObject<{
  funderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funderKind?: Resolver<ResolversTypes['FunderKind'], ParentType, ContextType>;
  funderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  percentage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type HealthBodyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthBody'] = ResolversParentTypes['HealthBody'], FederationReferenceType extends FederationReferenceTypes['HealthBody'] = FederationReferenceTypes['HealthBody']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HealthBody']> | FederationReferenceType, FederationReferenceType, ContextType>;
  councilGssCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['HealthBodyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nation?: Resolver<ResolversTypes['Nation'], ParentType, ContextType>;
  odsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type HealthPlanSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthPlanSummary'] = ResolversParentTypes['HealthPlanSummary']> = ResolversObject<{
  healthBody?: Resolver<ResolversTypes['HealthBody'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastReviewed?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['CareTask']>, ParentType, ContextType>;
}>;

export type IntegratedBudgetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntegratedBudget'] = ResolversParentTypes['IntegratedBudget'], FederationReferenceType extends FederationReferenceTypes['IntegratedBudget'] = FederationReferenceTypes['IntegratedBudget']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['IntegratedBudget']> | FederationReferenceType, FederationReferenceType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  funderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  healthBody?: Resolver<ResolversTypes['HealthBody'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  shares?: Resolver<Array<ResolversTypes['FundingShare']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EpisodeStatus'], ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['FundingVehicle'], ParentType, ContextType>;
  weeklyAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  endHealthEpisodeForTransition?: Resolver<ResolversTypes['FundingEpisode'], ParentType, ContextType, RequireFields<MutationEndHealthEpisodeForTransitionArgs, 'episodeId' | 'lastDay' | 'transitionId'>>;
  openHealthEpisodeForTransition?: Resolver<ResolversTypes['FundingEpisode'], ParentType, ContextType, RequireFields<MutationOpenHealthEpisodeForTransitionArgs, 'input' | 'transitionId'>>;
  recordChcDecision?: Resolver<ResolversTypes['ChcEligibilityDecision'], ParentType, ContextType, RequireFields<MutationRecordChcDecisionArgs, 'input'>>;
  repointPersonInHealth?: Resolver<ResolversTypes['RepointResult'], ParentType, ContextType, RequireFields<MutationRepointPersonInHealthArgs, 'fromPersonId' | 'mergeId' | 'toPersonId'>>;
  respondToTransitionAsHealthBody?: Resolver<ResolversTypes['TransitionResponse'], ParentType, ContextType, RequireFields<MutationRespondToTransitionAsHealthBodyArgs, 'decision' | 'healthBodyOdsCode' | 'respondedBy' | 'transitionId'>>;
  revertPersonRepointInHealth?: Resolver<ResolversTypes['RepointResult'], ParentType, ContextType, RequireFields<MutationRevertPersonRepointInHealthArgs, 'mergeId'>>;
  undoHealthTransitionSteps?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUndoHealthTransitionStepsArgs, 'transitionId'>>;
}>;

export type PaymentProcessingAgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaymentProcessingAgreement'] = ResolversParentTypes['PaymentProcessingAgreement']> = ResolversObject<{
  council?: Resolver<ResolversTypes['Council'], ParentType, ContextType>;
  customers?: Resolver<Array<ResolversTypes['PersonalHealthBudget']>, ParentType, ContextType, Partial<PaymentProcessingAgreementCustomersArgs>>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  feeForQuarter?: Resolver<ResolversTypes['QuarterFee'], ParentType, ContextType, RequireFields<PaymentProcessingAgreementFeeForQuarterArgs, 'quarter'>>;
  feePerCustomerPerMonth?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  healthBody?: Resolver<ResolversTypes['HealthBody'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  chcDecisions?: Resolver<Maybe<Array<ResolversTypes['ChcEligibilityDecision']>>, ParentType, ContextType>;
  healthFunding?: Resolver<Maybe<Array<ResolversTypes['FundingEpisode']>>, ParentType, ContextType>;
  healthPlan?: Resolver<Maybe<ResolversTypes['HealthPlanSummary']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PersonalHealthBudgetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalHealthBudget'] = ResolversParentTypes['PersonalHealthBudget'], FederationReferenceType extends FederationReferenceTypes['PersonalHealthBudget'] = FederationReferenceTypes['PersonalHealthBudget']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalHealthBudget']> | FederationReferenceType, FederationReferenceType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  funderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  healthBody?: Resolver<ResolversTypes['HealthBody'], ParentType, ContextType>;
  hourlyRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  management?: Resolver<ResolversTypes['PhbManagement'], ParentType, ContextType>;
  paymentSupportProvider?: Resolver<Maybe<ResolversTypes['SupportOrganisation']>, ParentType, ContextType>;
  paymentsProcessedBy?: Resolver<Maybe<ResolversTypes['Council']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EpisodeStatus'], ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['FundingVehicle'], ParentType, ContextType>;
  weeklyAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QuarterFeeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuarterFee'] = ResolversParentTypes['QuarterFee']> = ResolversObject<{
  customerMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fee?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  quarter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  healthBodies?: Resolver<Array<ResolversTypes['HealthBody']>, ParentType, ContextType>;
  healthBody?: Resolver<Maybe<ResolversTypes['HealthBody']>, ParentType, ContextType, Partial<QueryHealthBodyArgs>>;
  paymentProcessingAgreements?: Resolver<Array<ResolversTypes['PaymentProcessingAgreement']>, ParentType, ContextType, RequireFields<QueryPaymentProcessingAgreementsArgs, 'odsCode'>>;
  personIdsFundedByHealthBody?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryPersonIdsFundedByHealthBodyArgs, 'from' | 'odsCode' | 'to'>>;
  personIdsWithHealthPlan?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryPersonIdsWithHealthPlanArgs, 'odsCode'>>;
  personalHealthBudget?: Resolver<Maybe<ResolversTypes['PersonalHealthBudget']>, ParentType, ContextType, RequireFields<QueryPersonalHealthBudgetArgs, 'id'>>;
}>;

export type RepointResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RepointResult'] = ResolversParentTypes['RepointResult']> = ResolversObject<{
  mergeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overlaps?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  rowsMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SupportOrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportOrganisation'] = ResolversParentTypes['SupportOrganisation']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type TransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Transition'] = ResolversParentTypes['Transition'], FederationReferenceType extends FederationReferenceTypes['Transition'] = FederationReferenceTypes['Transition']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Transition']> | FederationReferenceType, FederationReferenceType, ContextType>;
  healthResponses?: Resolver<Maybe<Array<ResolversTypes['TransitionResponse']>>, ParentType, ContextType>;
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
  CareTask?: CareTaskResolvers<ContextType>;
  ChcEligibilityDecision?: ChcEligibilityDecisionResolvers<ContextType>;
  ContinuingHealthcarePackage?: ContinuingHealthcarePackageResolvers<ContextType>;
  Council?: CouncilResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  FundingEpisode?: FundingEpisodeResolvers<ContextType>;
  FundingShare?: FundingShareResolvers<ContextType>;
  HealthBody?: HealthBodyResolvers<ContextType>;
  HealthPlanSummary?: HealthPlanSummaryResolvers<ContextType>;
  IntegratedBudget?: IntegratedBudgetResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PaymentProcessingAgreement?: PaymentProcessingAgreementResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonalHealthBudget?: PersonalHealthBudgetResolvers<ContextType>;
  QuarterFee?: QuarterFeeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RepointResult?: RepointResultResolvers<ContextType>;
  SupportOrganisation?: SupportOrganisationResolvers<ContextType>;
  Transition?: TransitionResolvers<ContextType>;
  TransitionResponse?: TransitionResponseResolvers<ContextType>;
}>;

