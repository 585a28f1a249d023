import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { HealthBodyModel, PersonalHealthBudgetModel, ChcPackageModel, IntegratedBudgetModel, IntegratedBudgetShareModel, ChcDecisionModel } from './prisma/models.ts';
import type { PersonReference, SupportOrganisationReference } from '../references.ts';
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
  _FieldSet: { input: string; output: string; }
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
  decision: ChcEligibilityDecision;
  end?: Maybe<Scalars['Date']['output']>;
  funderCode: Scalars['String']['output'];
  funderName: Scalars['String']['output'];
  healthBody: HealthBody;
  id: Scalars['ID']['output'];
  person: Person;
  start: Scalars['Date']['output'];
  status: EpisodeStatus;
  vehicle: FundingVehicle;
  weeklyAmount: Scalars['Float']['output'];
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
  person: Person;
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

/** A budget jointly funded by a council and an NHS body, administered by the NHS body. */
export type IntegratedBudget = FundingEpisode & {
  __typename?: 'IntegratedBudget';
  end?: Maybe<Scalars['Date']['output']>;
  funderCode: Scalars['String']['output'];
  funderName: Scalars['String']['output'];
  healthBody: HealthBody;
  id: Scalars['ID']['output'];
  person: Person;
  shares: Array<FundingShare>;
  start: Scalars['Date']['output'];
  status: EpisodeStatus;
  vehicle: FundingVehicle;
  weeklyAmount: Scalars['Float']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Record a continuing healthcare eligibility decision. */
  recordChcDecision: ChcEligibilityDecision;
};


export type MutationRecordChcDecisionArgs = {
  input: RecordChcDecisionInput;
};

export type Nation =
  | 'ENGLAND'
  | 'WALES';

export type Person = {
  __typename?: 'Person';
  chcDecisions?: Maybe<Array<ChcEligibilityDecision>>;
  /** The person's NHS funding episodes, oldest first. */
  healthFunding?: Maybe<Array<FundingEpisode>>;
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
  person: Person;
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

export type Query = {
  __typename?: 'Query';
  healthBodies: Array<HealthBody>;
  /** A health body by hub id or ODS code. */
  healthBody?: Maybe<HealthBody>;
  personalHealthBudget?: Maybe<PersonalHealthBudget>;
};


export type QueryHealthBodyArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  odsCode?: InputMaybe<Scalars['String']['input']>;
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

export type SupportOrganisation = {
  __typename?: 'SupportOrganisation';
  id: Scalars['ID']['output'];
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
  ChcEligibilityDecision: ResolverTypeWrapper<ChcDecisionModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ChcOutcome: ChcOutcome;
  ContinuingHealthcarePackage: ResolverTypeWrapper<ChcPackageModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  EpisodeStatus: EpisodeStatus;
  FunderKind: FunderKind;
  FundingEpisode: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['FundingEpisode']>;
  FundingShare: ResolverTypeWrapper<IntegratedBudgetShareModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  FundingVehicle: FundingVehicle;
  HealthBody: ResolverTypeWrapper<HealthBodyModel>;
  HealthBodyKind: HealthBodyKind;
  IntegratedBudget: ResolverTypeWrapper<IntegratedBudgetModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Nation: Nation;
  Person: ResolverTypeWrapper<PersonReference>;
  PersonalHealthBudget: ResolverTypeWrapper<PersonalHealthBudgetModel>;
  PhbManagement: PhbManagement;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordChcDecisionInput: RecordChcDecisionInput;
  SupportOrganisation: ResolverTypeWrapper<SupportOrganisationReference>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ChcEligibilityDecision: ChcDecisionModel;
  ID: Scalars['ID']['output'];
  ContinuingHealthcarePackage: ChcPackageModel;
  String: Scalars['String']['output'];
  Float: Scalars['Float']['output'];
  Date: Scalars['Date']['output'];
  FundingEpisode: ResolversInterfaceTypes<ResolversParentTypes>['FundingEpisode'];
  FundingShare: IntegratedBudgetShareModel;
  Int: Scalars['Int']['output'];
  HealthBody: HealthBodyModel;
  IntegratedBudget: IntegratedBudgetModel;
  Mutation: Record<PropertyKey, never>;
  Person: PersonReference;
  PersonalHealthBudget: PersonalHealthBudgetModel;
  Query: Record<PropertyKey, never>;
  RecordChcDecisionInput: RecordChcDecisionInput;
  SupportOrganisation: SupportOrganisationReference;
  Boolean: Scalars['Boolean']['output'];
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
  decision?: Resolver<ResolversTypes['ChcEligibilityDecision'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  funderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  healthBody?: Resolver<ResolversTypes['HealthBody'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EpisodeStatus'], ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['FundingVehicle'], ParentType, ContextType>;
  weeklyAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
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
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['HealthBodyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nation?: Resolver<ResolversTypes['Nation'], ParentType, ContextType>;
  odsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IntegratedBudgetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntegratedBudget'] = ResolversParentTypes['IntegratedBudget'], FederationReferenceType extends FederationReferenceTypes['IntegratedBudget'] = FederationReferenceTypes['IntegratedBudget']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['IntegratedBudget']> | FederationReferenceType, FederationReferenceType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  funderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  healthBody?: Resolver<ResolversTypes['HealthBody'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  shares?: Resolver<Array<ResolversTypes['FundingShare']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EpisodeStatus'], ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['FundingVehicle'], ParentType, ContextType>;
  weeklyAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  recordChcDecision?: Resolver<ResolversTypes['ChcEligibilityDecision'], ParentType, ContextType, RequireFields<MutationRecordChcDecisionArgs, 'input'>>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  chcDecisions?: Resolver<Maybe<Array<ResolversTypes['ChcEligibilityDecision']>>, ParentType, ContextType>;
  healthFunding?: Resolver<Maybe<Array<ResolversTypes['FundingEpisode']>>, ParentType, ContextType>;
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
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EpisodeStatus'], ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['FundingVehicle'], ParentType, ContextType>;
  weeklyAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  healthBodies?: Resolver<Array<ResolversTypes['HealthBody']>, ParentType, ContextType>;
  healthBody?: Resolver<Maybe<ResolversTypes['HealthBody']>, ParentType, ContextType, Partial<QueryHealthBodyArgs>>;
  personalHealthBudget?: Resolver<Maybe<ResolversTypes['PersonalHealthBudget']>, ParentType, ContextType, RequireFields<QueryPersonalHealthBudgetArgs, 'id'>>;
}>;

export type SupportOrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportOrganisation'] = ResolversParentTypes['SupportOrganisation']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  ChcEligibilityDecision?: ChcEligibilityDecisionResolvers<ContextType>;
  ContinuingHealthcarePackage?: ContinuingHealthcarePackageResolvers<ContextType>;
  Date?: GraphQLScalarType;
  FundingEpisode?: FundingEpisodeResolvers<ContextType>;
  FundingShare?: FundingShareResolvers<ContextType>;
  HealthBody?: HealthBodyResolvers<ContextType>;
  IntegratedBudget?: IntegratedBudgetResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonalHealthBudget?: PersonalHealthBudgetResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SupportOrganisation?: SupportOrganisationResolvers<ContextType>;
}>;

