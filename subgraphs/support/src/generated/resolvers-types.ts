import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SupportOrganisationModel, PersonalAssistantModel, EmploymentModel } from './prisma/models.ts';
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
  _FieldSet: { input: string; output: string; }
};

export type AddEmploymentInput = {
  contractSigned: Scalars['Boolean']['input'];
  employerPersonId: Scalars['ID']['input'];
  end?: InputMaybe<Scalars['Date']['input']>;
  hoursPerWeek: Scalars['Float']['input'];
  personalAssistantId: Scalars['ID']['input'];
  role: Scalars['String']['input'];
  start: Scalars['Date']['input'];
};

export type AvailabilitySlot = {
  __typename?: 'AvailabilitySlot';
  day: DayOfWeek;
  period: DayPeriod;
};

export type DayOfWeek =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type DayPeriod =
  | 'AFTERNOON'
  | 'EVENING'
  | 'MORNING'
  | 'NIGHT';

/** The status of a PA's DBS check. The certificate's content is never held. */
export type DbsCheck = {
  __typename?: 'DbsCheck';
  checkedOn?: Maybe<Scalars['Date']['output']>;
  /** A check older than three years is treated as out of date. */
  current: Scalars['Boolean']['output'];
  status: DbsStatus;
};

export type DbsStatus =
  | 'CLEAR'
  /** The certificate carried information the employer has discussed; content is never held. */
  | 'INFORMATION_DISCLOSED'
  | 'IN_PROGRESS'
  | 'NOT_CHECKED';

/** A PA's contract with an individual employer. Independent of who funds the employer. */
export type Employment = {
  __typename?: 'Employment';
  /** True when the employment covers today. */
  active: Scalars['Boolean']['output'];
  contractSigned: Scalars['Boolean']['output'];
  employer: Person;
  end?: Maybe<Scalars['Date']['output']>;
  /** The PA carries out health-related tasks for this employer (e.g. after a move to NHS funding). */
  healthDuties: Scalars['Boolean']['output'];
  /** Whether insurance and pay have been updated for those health duties. */
  healthDutiesCover: HealthDutiesCover;
  hoursPerWeek: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  personalAssistant: PersonalAssistant;
  role: Scalars['String']['output'];
  start: Scalars['Date']['output'];
};

export type EmploymentConnection = {
  __typename?: 'EmploymentConnection';
  edges: Array<EmploymentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EmploymentEdge = {
  __typename?: 'EmploymentEdge';
  cursor: Scalars['String']['output'];
  node: Employment;
};

export type EmploymentFilter = {
  /** Only employments covering today. */
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  employerPersonId?: InputMaybe<Scalars['ID']['input']>;
  healthDuties?: InputMaybe<Scalars['Boolean']['input']>;
  /** False: health duties whose insurance or pay rate has not been updated. */
  healthDutiesCoverComplete?: InputMaybe<Scalars['Boolean']['input']>;
  personalAssistantId?: InputMaybe<Scalars['ID']['input']>;
};

export type HealthDutiesCover = {
  __typename?: 'HealthDutiesCover';
  hourlyRate?: Maybe<Scalars['Float']['output']>;
  /** The employer's liability insurance covers the health tasks. */
  insuranceUpdated: Scalars['Boolean']['output'];
  /** The PA's pay rate has been reviewed for the health duties. */
  payRateUpdated: Scalars['Boolean']['output'];
  reviewedOn?: Maybe<Scalars['Date']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Record that a person employs a PA. */
  addEmployment: Employment;
  /** End an employment on the given day. */
  endEmployment: Employment;
  /** Hub step of a person merge: move every employment row naming fromPersonId to toPersonId, recording each. Nothing is refused for clashing; overlaps are reported. Repeats move nothing new. */
  repointPersonInSupport: RepointResult;
  /** Hub compensation or unmerge: move exactly the rows this merge moved here back. Repeats move nothing more. */
  revertPersonRepointInSupport: RepointResult;
  /** Record changes to an employment's contract and health-duty arrangements (e.g. before a move to NHS funding). */
  updateEmployment: Employment;
};


export type MutationAddEmploymentArgs = {
  input: AddEmploymentInput;
};


export type MutationEndEmploymentArgs = {
  end: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRepointPersonInSupportArgs = {
  fromPersonId: Scalars['ID']['input'];
  mergeId: Scalars['ID']['input'];
  toPersonId: Scalars['ID']['input'];
};


export type MutationRevertPersonRepointInSupportArgs = {
  mergeId: Scalars['ID']['input'];
};


export type MutationUpdateEmploymentArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: UpdateEmploymentInput;
};

export type PaEmploymentStatus =
  | 'EMPLOYED'
  | 'SELF_EMPLOYED';

export type PaService =
  | 'BSL_COMMUNICATION'
  | 'DOMESTIC_SUPPORT'
  | 'DRIVING'
  | 'HEALTH_TASKS'
  | 'PERSONAL_CARE'
  | 'SLEEP_IN'
  | 'SOCIAL_AND_LEISURE';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Person = {
  __typename?: 'Person';
  /** Every employment of the person, ended or not, oldest first. */
  employmentHistory?: Maybe<Array<Employment>>;
  id: Scalars['ID']['output'];
  /** The person's PAs through their employments; active only unless includeEnded. */
  paTeam?: Maybe<Array<Employment>>;
};


export type PersonPaTeamArgs = {
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A personal assistant on the hub's PA register. */
export type PersonalAssistant = {
  __typename?: 'PersonalAssistant';
  availability: Array<AvailabilitySlot>;
  dbsCheck: DbsCheck;
  /** Every employment, current and past, across all employers. */
  employers: Array<Employment>;
  employmentStatus: PaEmploymentStatus;
  familyName: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
  /** Hub-minted id (PAs have no national identifier). */
  id: Scalars['ID']['output'];
  languages: Array<Scalars['String']['output']>;
  /** The last three characters of the PA's National Insurance number. Restricted: the PA and employer-support roles only. */
  nationalInsuranceNumberSuffix?: Maybe<Scalars['String']['output']>;
  postcodeDistrict: Scalars['String']['output'];
  /** The support organisation whose register lists the PA. */
  register?: Maybe<SupportOrganisation>;
  services: Array<PaService>;
};

export type PersonalAssistantConnection = {
  __typename?: 'PersonalAssistantConnection';
  edges: Array<PersonalAssistantEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonalAssistantEdge = {
  __typename?: 'PersonalAssistantEdge';
  cursor: Scalars['String']['output'];
  node: PersonalAssistant;
};

export type PersonalAssistantFilter = {
  employmentStatus?: InputMaybe<PaEmploymentStatus>;
  postcodeDistrict?: InputMaybe<Scalars['String']['input']>;
  service?: InputMaybe<PaService>;
};

export type Query = {
  __typename?: 'Query';
  employment?: Maybe<Employment>;
  /** Employments, ordered by start then id. At most 100 per page. */
  employments: EmploymentConnection;
  personalAssistant?: Maybe<PersonalAssistant>;
  /** The PA register, ordered by family name, given name, id. At most 100 per page. */
  personalAssistants: PersonalAssistantConnection;
  supportOrganisations: Array<SupportOrganisation>;
};


export type QueryEmploymentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmploymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EmploymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersonalAssistantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonalAssistantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonalAssistantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySupportOrganisationsArgs = {
  kind?: InputMaybe<SupportOrganisationKind>;
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

/** An organisation that supports individual employers and PAs: advice, payroll, managed accounts, registers. */
export type SupportOrganisation = {
  __typename?: 'SupportOrganisation';
  /** GSS codes of the council areas it serves. */
  areasServed: Array<Scalars['String']['output']>;
  charityNumber?: Maybe<Scalars['String']['output']>;
  companyNumber?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kinds: Array<SupportOrganisationKind>;
  name: Scalars['String']['output'];
};

export type SupportOrganisationKind =
  | 'INDIVIDUAL_SERVICE_FUND_PROVIDER'
  | 'MANAGED_ACCOUNT_PROVIDER'
  | 'MICRO_ENTERPRISE_SUPPORT'
  | 'PAYROLL_PROVIDER'
  | 'PA_REGISTER_HOST'
  | 'UMBRELLA_BODY'
  | 'USER_LED_ORGANISATION';

export type UpdateEmploymentInput = {
  contractSigned?: InputMaybe<Scalars['Boolean']['input']>;
  healthDuties?: InputMaybe<Scalars['Boolean']['input']>;
  hourlyRate?: InputMaybe<Scalars['Float']['input']>;
  insuranceUpdated?: InputMaybe<Scalars['Boolean']['input']>;
  payRateUpdated?: InputMaybe<Scalars['Boolean']['input']>;
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
  Employment: Employment;
  Person: Person;
  PersonalAssistant: PersonalAssistant;
  SupportOrganisation: SupportOrganisation;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Employment:
    ( { __typename: 'Employment' }
    & GraphQLRecursivePick<FederationTypes['Employment'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  PersonalAssistant:
    ( { __typename: 'PersonalAssistant' }
    & GraphQLRecursivePick<FederationTypes['PersonalAssistant'], {"id":true}> );
  SupportOrganisation:
    ( { __typename: 'SupportOrganisation' }
    & GraphQLRecursivePick<FederationTypes['SupportOrganisation'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddEmploymentInput: AddEmploymentInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AvailabilitySlot: ResolverTypeWrapper<AvailabilitySlot>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DayOfWeek: DayOfWeek;
  DayPeriod: DayPeriod;
  DbsCheck: ResolverTypeWrapper<DbsCheck>;
  DbsStatus: DbsStatus;
  Employment: ResolverTypeWrapper<EmploymentModel>;
  EmploymentConnection: ResolverTypeWrapper<Omit<EmploymentConnection, 'edges'> & { edges: Array<ResolversTypes['EmploymentEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  EmploymentEdge: ResolverTypeWrapper<Omit<EmploymentEdge, 'node'> & { node: ResolversTypes['Employment'] }>;
  EmploymentFilter: EmploymentFilter;
  HealthDutiesCover: ResolverTypeWrapper<EmploymentModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PaEmploymentStatus: PaEmploymentStatus;
  PaService: PaService;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<Omit<Person, 'employmentHistory' | 'paTeam'> & { employmentHistory?: Maybe<Array<ResolversTypes['Employment']>>, paTeam?: Maybe<Array<ResolversTypes['Employment']>> }>;
  PersonalAssistant: ResolverTypeWrapper<PersonalAssistantModel>;
  PersonalAssistantConnection: ResolverTypeWrapper<Omit<PersonalAssistantConnection, 'edges'> & { edges: Array<ResolversTypes['PersonalAssistantEdge']> }>;
  PersonalAssistantEdge: ResolverTypeWrapper<Omit<PersonalAssistantEdge, 'node'> & { node: ResolversTypes['PersonalAssistant'] }>;
  PersonalAssistantFilter: PersonalAssistantFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RepointResult: ResolverTypeWrapper<RepointResult>;
  SupportOrganisation: ResolverTypeWrapper<SupportOrganisationModel>;
  SupportOrganisationKind: SupportOrganisationKind;
  UpdateEmploymentInput: UpdateEmploymentInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddEmploymentInput: AddEmploymentInput;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  Float: Scalars['Float']['output'];
  String: Scalars['String']['output'];
  AvailabilitySlot: AvailabilitySlot;
  Date: Scalars['Date']['output'];
  DbsCheck: DbsCheck;
  Employment: EmploymentModel;
  EmploymentConnection: Omit<EmploymentConnection, 'edges'> & { edges: Array<ResolversParentTypes['EmploymentEdge']> };
  Int: Scalars['Int']['output'];
  EmploymentEdge: Omit<EmploymentEdge, 'node'> & { node: ResolversParentTypes['Employment'] };
  EmploymentFilter: EmploymentFilter;
  HealthDutiesCover: EmploymentModel;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: Omit<Person, 'employmentHistory' | 'paTeam'> & { employmentHistory?: Maybe<Array<ResolversParentTypes['Employment']>>, paTeam?: Maybe<Array<ResolversParentTypes['Employment']>> } | FederationReferenceTypes['Person'];
  PersonalAssistant: PersonalAssistantModel;
  PersonalAssistantConnection: Omit<PersonalAssistantConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonalAssistantEdge']> };
  PersonalAssistantEdge: Omit<PersonalAssistantEdge, 'node'> & { node: ResolversParentTypes['PersonalAssistant'] };
  PersonalAssistantFilter: PersonalAssistantFilter;
  Query: Record<PropertyKey, never>;
  RepointResult: RepointResult;
  SupportOrganisation: SupportOrganisationModel;
  UpdateEmploymentInput: UpdateEmploymentInput;
}>;

export type AvailabilitySlotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AvailabilitySlot'] = ResolversParentTypes['AvailabilitySlot']> = ResolversObject<{
  day?: Resolver<ResolversTypes['DayOfWeek'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['DayPeriod'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DbsCheckResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DbsCheck'] = ResolversParentTypes['DbsCheck']> = ResolversObject<{
  checkedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DbsStatus'], ParentType, ContextType>;
}>;

export type EmploymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Employment'] = ResolversParentTypes['Employment'], FederationReferenceType extends FederationReferenceTypes['Employment'] = FederationReferenceTypes['Employment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Employment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contractSigned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  employer?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  healthDuties?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  healthDutiesCover?: Resolver<ResolversTypes['HealthDutiesCover'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personalAssistant?: Resolver<ResolversTypes['PersonalAssistant'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type EmploymentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmploymentConnection'] = ResolversParentTypes['EmploymentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EmploymentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EmploymentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmploymentEdge'] = ResolversParentTypes['EmploymentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Employment'], ParentType, ContextType>;
}>;

export type HealthDutiesCoverResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthDutiesCover'] = ResolversParentTypes['HealthDutiesCover']> = ResolversObject<{
  hourlyRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  insuranceUpdated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  payRateUpdated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reviewedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addEmployment?: Resolver<ResolversTypes['Employment'], ParentType, ContextType, RequireFields<MutationAddEmploymentArgs, 'input'>>;
  endEmployment?: Resolver<ResolversTypes['Employment'], ParentType, ContextType, RequireFields<MutationEndEmploymentArgs, 'end' | 'id'>>;
  repointPersonInSupport?: Resolver<ResolversTypes['RepointResult'], ParentType, ContextType, RequireFields<MutationRepointPersonInSupportArgs, 'fromPersonId' | 'mergeId' | 'toPersonId'>>;
  revertPersonRepointInSupport?: Resolver<ResolversTypes['RepointResult'], ParentType, ContextType, RequireFields<MutationRevertPersonRepointInSupportArgs, 'mergeId'>>;
  updateEmployment?: Resolver<ResolversTypes['Employment'], ParentType, ContextType, RequireFields<MutationUpdateEmploymentArgs, 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  employmentHistory?: Resolver<Maybe<Array<ResolversTypes['Employment']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paTeam?: Resolver<Maybe<Array<ResolversTypes['Employment']>>, ParentType, ContextType, RequireFields<PersonPaTeamArgs, 'includeEnded'>>;
}>;

export type PersonalAssistantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalAssistant'] = ResolversParentTypes['PersonalAssistant'], FederationReferenceType extends FederationReferenceTypes['PersonalAssistant'] = FederationReferenceTypes['PersonalAssistant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalAssistant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  availability?: Resolver<Array<ResolversTypes['AvailabilitySlot']>, ParentType, ContextType>;
  dbsCheck?: Resolver<ResolversTypes['DbsCheck'], ParentType, ContextType>;
  employers?: Resolver<Array<ResolversTypes['Employment']>, ParentType, ContextType>;
  employmentStatus?: Resolver<ResolversTypes['PaEmploymentStatus'], ParentType, ContextType>;
  familyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nationalInsuranceNumberSuffix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postcodeDistrict?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  register?: Resolver<Maybe<ResolversTypes['SupportOrganisation']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['PaService']>, ParentType, ContextType>;
}>;

export type PersonalAssistantConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalAssistantConnection'] = ResolversParentTypes['PersonalAssistantConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersonalAssistantEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PersonalAssistantEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalAssistantEdge'] = ResolversParentTypes['PersonalAssistantEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PersonalAssistant'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  employment?: Resolver<Maybe<ResolversTypes['Employment']>, ParentType, ContextType, RequireFields<QueryEmploymentArgs, 'id'>>;
  employments?: Resolver<ResolversTypes['EmploymentConnection'], ParentType, ContextType, RequireFields<QueryEmploymentsArgs, 'first'>>;
  personalAssistant?: Resolver<Maybe<ResolversTypes['PersonalAssistant']>, ParentType, ContextType, RequireFields<QueryPersonalAssistantArgs, 'id'>>;
  personalAssistants?: Resolver<ResolversTypes['PersonalAssistantConnection'], ParentType, ContextType, RequireFields<QueryPersonalAssistantsArgs, 'first'>>;
  supportOrganisations?: Resolver<Array<ResolversTypes['SupportOrganisation']>, ParentType, ContextType, Partial<QuerySupportOrganisationsArgs>>;
}>;

export type RepointResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RepointResult'] = ResolversParentTypes['RepointResult']> = ResolversObject<{
  mergeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overlaps?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  rowsMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SupportOrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportOrganisation'] = ResolversParentTypes['SupportOrganisation'], FederationReferenceType extends FederationReferenceTypes['SupportOrganisation'] = FederationReferenceTypes['SupportOrganisation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SupportOrganisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  areasServed?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  charityNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  companyNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['SupportOrganisationKind']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AvailabilitySlot?: AvailabilitySlotResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DbsCheck?: DbsCheckResolvers<ContextType>;
  Employment?: EmploymentResolvers<ContextType>;
  EmploymentConnection?: EmploymentConnectionResolvers<ContextType>;
  EmploymentEdge?: EmploymentEdgeResolvers<ContextType>;
  HealthDutiesCover?: HealthDutiesCoverResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonalAssistant?: PersonalAssistantResolvers<ContextType>;
  PersonalAssistantConnection?: PersonalAssistantConnectionResolvers<ContextType>;
  PersonalAssistantEdge?: PersonalAssistantEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RepointResult?: RepointResultResolvers<ContextType>;
  SupportOrganisation?: SupportOrganisationResolvers<ContextType>;
}>;

