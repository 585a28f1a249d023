import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonModel, LocalIdentifierModel } from './prisma/models.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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

/** The kind of agency that holds a local identifier for a person. */
export type AgencyKind =
  | 'COUNCIL'
  | 'HEALTH'
  | 'SUPPORT_ORGANISATION'
  | 'TRAINING_PROVIDER';

export type CommissionedPackage = FundingEpisode & {
  __typename?: 'CommissionedPackage';
  id: Scalars['ID']['output'];
  start: Scalars['Date']['output'];
};

export type ContinuingHealthcarePackage = FundingEpisode & {
  __typename?: 'ContinuingHealthcarePackage';
  id: Scalars['ID']['output'];
  start: Scalars['Date']['output'];
};

export type DirectPayment = FundingEpisode & {
  __typename?: 'DirectPayment';
  id: Scalars['ID']['output'];
  start: Scalars['Date']['output'];
};

/** A time-bounded fact of who pays for a person's care. Owned by the funder. */
export type FundingEpisode = {
  id: Scalars['ID']['output'];
  start: Scalars['Date']['output'];
};

export type IndividualServiceFund = FundingEpisode & {
  __typename?: 'IndividualServiceFund';
  id: Scalars['ID']['output'];
  start: Scalars['Date']['output'];
};

export type IntegratedBudget = FundingEpisode & {
  __typename?: 'IntegratedBudget';
  id: Scalars['ID']['output'];
  start: Scalars['Date']['output'];
};

/** An identifier an agency uses for the person in its own system (e.g. a council's case number). */
export type LocalIdentifier = {
  __typename?: 'LocalIdentifier';
  agency: AgencyKind;
  /** GSS code of a council, ODS code of an NHS body, or the hub id of another organisation. */
  organisationCode: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type LocalIdentifierInput = {
  agency: AgencyKind;
  organisationCode: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Attach an agency's own identifier to a person. */
  addLocalIdentifier: Person;
  /** Register a person with the hub. An NHS number already held answers with a CONFLICT error. */
  registerPerson: Person;
};


export type MutationAddLocalIdentifierArgs = {
  input: LocalIdentifierInput;
  personId: Scalars['ID']['input'];
};


export type MutationRegisterPersonArgs = {
  input: RegisterPersonInput;
};

export type NhsNumber = {
  __typename?: 'NhsNumber';
  /** Displayed as 3-3-4, e.g. 999 123 4567. */
  formatted: Scalars['String']['output'];
  /** Ten digits, no spaces. */
  value: Scalars['String']['output'];
  /** The two-digit UK Core code of verificationStatus. */
  verificationCode: Scalars['String']['output'];
  verificationStatus: NhsNumberVerificationStatus;
};

/** NHS number verification status, UK Core value set (codes 01-08). */
export type NhsNumberVerificationStatus =
  /** 07 Number not present and trace not required */
  | 'NUMBER_NOT_PRESENT_TRACE_NOT_REQUIRED'
  /** 01 Number present and verified */
  | 'NUMBER_PRESENT_AND_VERIFIED'
  /** 02 Number present but not traced */
  | 'NUMBER_PRESENT_NOT_TRACED'
  /** 04 Trace attempted - no match or multiple match found */
  | 'TRACE_ATTEMPTED_NO_MATCH'
  /** 06 Trace in progress */
  | 'TRACE_IN_PROGRESS'
  /** 05 Trace needs to be resolved (NHS number or patient detail conflict) */
  | 'TRACE_NEEDS_TO_BE_RESOLVED'
  /** 08 Trace postponed (baby under six weeks old) */
  | 'TRACE_POSTPONED'
  /** 03 Trace required */
  | 'TRACE_REQUIRED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PeopleFilter = {
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  /** Matches given or family name, case-insensitive, prefix. */
  name?: InputMaybe<Scalars['String']['input']>;
  postcodeDistrict?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A person who needs care and support. The hub holds their identity once;
 * each agency contributes the facts it owns (funding, PA team, care plan).
 */
export type Person = {
  __typename?: 'Person';
  createdAt: Scalars['DateTime']['output'];
  dateOfBirth: Scalars['Date']['output'];
  familyName: Scalars['String']['output'];
  /**
   * Every funding episode from every funder, as one timeline ordered by start date.
   * Null (with an error) while a funder's subgraph cannot be reached.
   */
  fundingHistory?: Maybe<Array<FundingEpisode>>;
  givenName: Scalars['String']['output'];
  /** Health funding episodes, owned by the health subgraph. */
  healthFunding?: Maybe<Array<FundingEpisode>>;
  /** Hub-minted UUID. */
  id: Scalars['ID']['output'];
  localIdentifiers: Array<LocalIdentifier>;
  nhsNumber?: Maybe<NhsNumber>;
  /** Outward code of the postcode, e.g. NE6 or CH7. */
  postcodeDistrict?: Maybe<Scalars['String']['output']>;
  /** Social care funding episodes, owned by the councils subgraph. */
  socialCareFunding?: Maybe<Array<FundingEpisode>>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PersonalHealthBudget = FundingEpisode & {
  __typename?: 'PersonalHealthBudget';
  id: Scalars['ID']['output'];
  start: Scalars['Date']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** People search, ordered by family name, given name, id. At most 100 per page. */
  people: PersonConnection;
  /** A caseload: up to 200 people by hub id, in the order given; null where an id is not held. */
  peopleById: Array<Maybe<Person>>;
  /** One person, by hub id or by NHS number (exactly one of the two). */
  person?: Maybe<Person>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PeopleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPeopleByIdArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryPersonArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  nhsNumber?: InputMaybe<Scalars['String']['input']>;
};

export type RegisterPersonInput = {
  dateOfBirth: Scalars['Date']['input'];
  familyName: Scalars['String']['input'];
  givenName: Scalars['String']['input'];
  localIdentifiers?: InputMaybe<Array<LocalIdentifierInput>>;
  nhsNumber?: InputMaybe<Scalars['String']['input']>;
  nhsNumberVerificationStatus?: InputMaybe<NhsNumberVerificationStatus>;
  postcodeDistrict?: InputMaybe<Scalars['String']['input']>;
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
  Person: Person;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Person'], {"socialCareFunding":{"__typename":true,"id":true,"start":true},"healthFunding":{"__typename":true,"id":true,"start":true}}> ) );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  FundingEpisode:
    | ( CommissionedPackage )
    | ( ContinuingHealthcarePackage )
    | ( DirectPayment )
    | ( IndividualServiceFund )
    | ( IntegratedBudget )
    | ( PersonalHealthBudget )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AgencyKind: AgencyKind;
  CommissionedPackage: ResolverTypeWrapper<CommissionedPackage>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ContinuingHealthcarePackage: ResolverTypeWrapper<ContinuingHealthcarePackage>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DirectPayment: ResolverTypeWrapper<DirectPayment>;
  FundingEpisode: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['FundingEpisode']>;
  IndividualServiceFund: ResolverTypeWrapper<IndividualServiceFund>;
  IntegratedBudget: ResolverTypeWrapper<IntegratedBudget>;
  LocalIdentifier: ResolverTypeWrapper<LocalIdentifierModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  LocalIdentifierInput: LocalIdentifierInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NhsNumber: ResolverTypeWrapper<NhsNumber>;
  NhsNumberVerificationStatus: NhsNumberVerificationStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PeopleFilter: PeopleFilter;
  Person: ResolverTypeWrapper<PersonModel>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonalHealthBudget: ResolverTypeWrapper<PersonalHealthBudget>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterPersonInput: RegisterPersonInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CommissionedPackage: CommissionedPackage;
  ID: Scalars['ID']['output'];
  ContinuingHealthcarePackage: ContinuingHealthcarePackage;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DirectPayment: DirectPayment;
  FundingEpisode: ResolversInterfaceTypes<ResolversParentTypes>['FundingEpisode'];
  IndividualServiceFund: IndividualServiceFund;
  IntegratedBudget: IntegratedBudget;
  LocalIdentifier: LocalIdentifierModel;
  String: Scalars['String']['output'];
  LocalIdentifierInput: LocalIdentifierInput;
  Mutation: Record<PropertyKey, never>;
  NhsNumber: NhsNumber;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PeopleFilter: PeopleFilter;
  Person: PersonModel;
  PersonConnection: Omit<PersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  Int: Scalars['Int']['output'];
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonalHealthBudget: PersonalHealthBudget;
  Query: Record<PropertyKey, never>;
  RegisterPersonInput: RegisterPersonInput;
}>;

export type CommissionedPackageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommissionedPackage'] = ResolversParentTypes['CommissionedPackage']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ContinuingHealthcarePackageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContinuingHealthcarePackage'] = ResolversParentTypes['ContinuingHealthcarePackage']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DirectPaymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DirectPayment'] = ResolversParentTypes['DirectPayment']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FundingEpisodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingEpisode'] = ResolversParentTypes['FundingEpisode']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CommissionedPackage' | 'ContinuingHealthcarePackage' | 'DirectPayment' | 'IndividualServiceFund' | 'IntegratedBudget' | 'PersonalHealthBudget', ParentType, ContextType>;
}>;

export type IndividualServiceFundResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndividualServiceFund'] = ResolversParentTypes['IndividualServiceFund']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IntegratedBudgetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntegratedBudget'] = ResolversParentTypes['IntegratedBudget']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LocalIdentifierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalIdentifier'] = ResolversParentTypes['LocalIdentifier']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['AgencyKind'], ParentType, ContextType>;
  organisationCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addLocalIdentifier?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationAddLocalIdentifierArgs, 'input' | 'personId'>>;
  registerPerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationRegisterPersonArgs, 'input'>>;
}>;

export type NhsNumberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NhsNumber'] = ResolversParentTypes['NhsNumber']> = ResolversObject<{
  formatted?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verificationCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verificationStatus?: Resolver<ResolversTypes['NhsNumberVerificationStatus'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dateOfBirth?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  familyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fundingHistory?: Resolver<Maybe<Array<ResolversTypes['FundingEpisode']>>, ParentType, ContextType>;
  givenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  localIdentifiers?: Resolver<Array<ResolversTypes['LocalIdentifier']>, ParentType, ContextType>;
  nhsNumber?: Resolver<Maybe<ResolversTypes['NhsNumber']>, ParentType, ContextType>;
  postcodeDistrict?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
}>;

export type PersonalHealthBudgetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalHealthBudget'] = ResolversParentTypes['PersonalHealthBudget']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  peopleById?: Resolver<Array<Maybe<ResolversTypes['Person']>>, ParentType, ContextType, RequireFields<QueryPeopleByIdArgs, 'ids'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, Partial<QueryPersonArgs>>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  CommissionedPackage?: CommissionedPackageResolvers<ContextType>;
  ContinuingHealthcarePackage?: ContinuingHealthcarePackageResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DirectPayment?: DirectPaymentResolvers<ContextType>;
  FundingEpisode?: FundingEpisodeResolvers<ContextType>;
  IndividualServiceFund?: IndividualServiceFundResolvers<ContextType>;
  IntegratedBudget?: IntegratedBudgetResolvers<ContextType>;
  LocalIdentifier?: LocalIdentifierResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NhsNumber?: NhsNumberResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  PersonalHealthBudget?: PersonalHealthBudgetResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

