import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TrainingProviderModel, CourseModel, TrainingRecordModel } from './prisma/models.ts';
import type { PersonalAssistantRef } from '../references.ts';
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

/** One labelled row of a breakdown. */
export type AggregateRow = {
  __typename?: 'AggregateRow';
  count: SuppressedCount;
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type CareCertificateProgress = {
  __typename?: 'CareCertificateProgress';
  complete: Scalars['Boolean']['output'];
  standards: Array<CareCertificateStandardProgress>;
  standardsCompleted: Scalars['Int']['output'];
  standardsTotal: Scalars['Int']['output'];
};

export type CareCertificateStandardProgress = {
  __typename?: 'CareCertificateStandardProgress';
  completedOn?: Maybe<Scalars['Date']['output']>;
  standard: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type Course = {
  __typename?: 'Course';
  /** 1-16 for a Care Certificate standard. */
  careCertificateStandard?: Maybe<Scalars['Int']['output']>;
  category: CourseCategory;
  code: Scalars['String']['output'];
  durationDays: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  provider: TrainingProvider;
  /** Health-task competences are signed off by NHS clinical staff. */
  requiresNhsSignOff: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
  /** Months a completion stays current; null when it does not expire. */
  validityMonths?: Maybe<Scalars['Int']['output']>;
};

/** Completions of one course current on the period's last day. */
export type CourseAggregateRow = {
  __typename?: 'CourseAggregateRow';
  category: CourseCategory;
  /** Distinct PAs in scope holding a current completion. */
  count: SuppressedCount;
  /** Course code, e.g. MP2 or HT-PEG. */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type CourseCategory =
  | 'CARE_CERTIFICATE_STANDARD'
  | 'ESSENTIAL_SKILLS'
  | 'HEALTH_TASK_COMPETENCE'
  | 'MEDICATION'
  | 'MOVING_AND_POSITIONING';

export type Mutation = {
  __typename?: 'Mutation';
  /** Record a completed course. The expiry date follows from the course's validity. */
  recordTraining: TrainingRecord;
  /**
   * Step of a PA merge (asked by the support register): move every training record, competences
   * included, naming fromPersonalAssistantId to toPersonalAssistantId, recording each. Nothing is
   * refused for clashing: the same course recorded for both is kept and reported in overlaps.
   * Repeats of the same merge move nothing new.
   */
  repointPersonalAssistantInTraining: RepointResult;
  /** Compensation or unmerge of a PA merge: move exactly the training records this merge moved here back. Repeats move nothing more. */
  revertPersonalAssistantRepointInTraining: RepointResult;
};


export type MutationRecordTrainingArgs = {
  input: RecordTrainingInput;
};


export type MutationRepointPersonalAssistantInTrainingArgs = {
  fromPersonalAssistantId: Scalars['ID']['input'];
  mergeId: Scalars['ID']['input'];
  toPersonalAssistantId: Scalars['ID']['input'];
};


export type MutationRevertPersonalAssistantRepointInTrainingArgs = {
  mergeId: Scalars['ID']['input'];
};

/** Training and Care Certificate progress of the PAs a filter covers, for commissioners: counts only. */
export type PaTrainingAggregates = {
  __typename?: 'PaTrainingAggregates';
  /** PAs by Care Certificate progress on the period's last day. */
  careCertificate: Array<AggregateRow>;
  /** PAs who have completed each of the 16 standards by the period's last day. */
  careCertificateStandards: Array<AggregateRow>;
  /** Courses completed in the period by PAs in scope. */
  completionsInPeriod: SuppressedCount;
  /** PAs holding a current completion of each other course (moving and positioning, medication, essential skills, health-task competences). */
  currentCourses: Array<CourseAggregateRow>;
  from: Scalars['Date']['output'];
  /** Distinct PAs employed in the period by people in scope. */
  personalAssistants: SuppressedCount;
  to: Scalars['Date']['output'];
};

export type PersonalAssistant = {
  __typename?: 'PersonalAssistant';
  careCertificate?: Maybe<CareCertificateProgress>;
  id: Scalars['ID']['output'];
  /** Completed training, newest first. */
  trainingRecords?: Maybe<Array<TrainingRecord>>;
};

export type Query = {
  __typename?: 'Query';
  courses: Array<Course>;
  /** Training and Care Certificate progress of the PAs a filter covers, suppressed and rounded. */
  paTrainingAggregates: PaTrainingAggregates;
  trainingProviders: Array<TrainingProvider>;
  trainingRecord?: Maybe<TrainingRecord>;
};


export type QueryCoursesArgs = {
  category?: InputMaybe<CourseCategory>;
};


export type QueryPaTrainingAggregatesArgs = {
  filter?: InputMaybe<AggregateFilter>;
};


export type QueryTrainingRecordArgs = {
  id: Scalars['ID']['input'];
};

export type RecordTrainingInput = {
  completedOn: Scalars['Date']['input'];
  courseCode: Scalars['String']['input'];
  personalAssistantId: Scalars['ID']['input'];
  signedOffBy: SignOffInput;
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

export type SignOff = {
  __typename?: 'SignOff';
  /** For an NHS sign-off recorded in the hub: the signed-in NHS trainer who attested it. Null otherwise, and for records loaded in bulk. */
  attestedBy?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Signed off by NHS clinical staff: only a trainer of an NHS organisation that trains the PA (or their employer) records this. */
  nhsStaff: Scalars['Boolean']['output'];
  /** For an NHS sign-off recorded in the hub: the NHS organisation on whose behalf it was attested (its hub id or ODS code). */
  onBehalfOf?: Maybe<Scalars['String']['output']>;
  organisation: Scalars['String']['output'];
  role: Scalars['String']['output'];
};

export type SignOffInput = {
  name: Scalars['String']['input'];
  nhsStaff: Scalars['Boolean']['input'];
  organisation: Scalars['String']['input'];
  role: Scalars['String']['input'];
};

/**
 * A count made from person-level facts, published with small-number suppression: 0 as "0", 1 to 4
 * as "<5", and every other count rounded to the nearest 5, so that two overlapping figures cannot be
 * subtracted to reveal a small group.
 */
export type SuppressedCount = {
  __typename?: 'SuppressedCount';
  /** What to show: "0", "<5", or the count rounded to the nearest 5. */
  display: Scalars['String']['output'];
  suppressed: Scalars['Boolean']['output'];
  /** The rounded count; null when suppressed. */
  value?: Maybe<Scalars['Int']['output']>;
};

export type TrainingProvider = {
  __typename?: 'TrainingProvider';
  id: Scalars['ID']['output'];
  kind: TrainingProviderKind;
  name: Scalars['String']['output'];
};

export type TrainingProviderKind =
  | 'COUNCIL_LEARNING_AND_DEVELOPMENT'
  | 'FURTHER_EDUCATION_COLLEGE'
  | 'INDEPENDENT_TRAINING_PROVIDER'
  | 'NHS_TRUST'
  | 'USER_LED_ORGANISATION';

export type TrainingRecord = {
  __typename?: 'TrainingRecord';
  completedOn: Scalars['Date']['output'];
  course: Course;
  /** Completed and not expired today. */
  current: Scalars['Boolean']['output'];
  expiresOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** Null when the caller may not see the PA: a hidden record never hides the one that names it. */
  personalAssistant?: Maybe<PersonalAssistant>;
  signedOffBy: SignOff;
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
  Course: Course;
  PersonalAssistant: PersonalAssistant;
  TrainingProvider: TrainingProvider;
  TrainingRecord: TrainingRecord;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Course:
    ( { __typename: 'Course' }
    & GraphQLRecursivePick<FederationTypes['Course'], {"id":true}> );
  PersonalAssistant:
    ( { __typename: 'PersonalAssistant' }
    & GraphQLRecursivePick<FederationTypes['PersonalAssistant'], {"id":true}> );
  TrainingProvider:
    ( { __typename: 'TrainingProvider' }
    & GraphQLRecursivePick<FederationTypes['TrainingProvider'], {"id":true}> );
  TrainingRecord:
    ( { __typename: 'TrainingRecord' }
    & GraphQLRecursivePick<FederationTypes['TrainingRecord'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AggregateFilter: AggregateFilter;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AggregateRow: ResolverTypeWrapper<AggregateRow>;
  CareCertificateProgress: ResolverTypeWrapper<CareCertificateProgress>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CareCertificateStandardProgress: ResolverTypeWrapper<CareCertificateStandardProgress>;
  Course: ResolverTypeWrapper<CourseModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CourseAggregateRow: ResolverTypeWrapper<CourseAggregateRow>;
  CourseCategory: CourseCategory;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PaTrainingAggregates: ResolverTypeWrapper<PaTrainingAggregates>;
  PersonalAssistant: ResolverTypeWrapper<PersonalAssistantRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordTrainingInput: RecordTrainingInput;
  RepointResult: ResolverTypeWrapper<RepointResult>;
  SignOff: ResolverTypeWrapper<SignOff>;
  SignOffInput: SignOffInput;
  SuppressedCount: ResolverTypeWrapper<SuppressedCount>;
  TrainingProvider: ResolverTypeWrapper<TrainingProviderModel>;
  TrainingProviderKind: TrainingProviderKind;
  TrainingRecord: ResolverTypeWrapper<TrainingRecordModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AggregateFilter: AggregateFilter;
  String: Scalars['String']['output'];
  AggregateRow: AggregateRow;
  CareCertificateProgress: CareCertificateProgress;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  CareCertificateStandardProgress: CareCertificateStandardProgress;
  Course: CourseModel;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  CourseAggregateRow: CourseAggregateRow;
  Date: Scalars['Date']['output'];
  Mutation: Record<PropertyKey, never>;
  PaTrainingAggregates: PaTrainingAggregates;
  PersonalAssistant: PersonalAssistantRef;
  Query: Record<PropertyKey, never>;
  RecordTrainingInput: RecordTrainingInput;
  RepointResult: RepointResult;
  SignOff: SignOff;
  SignOffInput: SignOffInput;
  SuppressedCount: SuppressedCount;
  TrainingProvider: TrainingProviderModel;
  TrainingRecord: TrainingRecordModel;
}>;

export type AggregateRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AggregateRow'] = ResolversParentTypes['AggregateRow']> = ResolversObject<{
  count?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CareCertificateProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CareCertificateProgress'] = ResolversParentTypes['CareCertificateProgress']> = ResolversObject<{
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  standards?: Resolver<Array<ResolversTypes['CareCertificateStandardProgress']>, ParentType, ContextType>;
  standardsCompleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  standardsTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CareCertificateStandardProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CareCertificateStandardProgress'] = ResolversParentTypes['CareCertificateStandardProgress']> = ResolversObject<{
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  standard?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CourseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Course'] = ResolversParentTypes['Course'], FederationReferenceType extends FederationReferenceTypes['Course'] = FederationReferenceTypes['Course']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Course']> | FederationReferenceType, FederationReferenceType, ContextType>;
  careCertificateStandard?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['CourseCategory'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  durationDays?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['TrainingProvider'], ParentType, ContextType>;
  requiresNhsSignOff?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validityMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type CourseAggregateRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CourseAggregateRow'] = ResolversParentTypes['CourseAggregateRow']> = ResolversObject<{
  category?: Resolver<ResolversTypes['CourseCategory'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  recordTraining?: Resolver<ResolversTypes['TrainingRecord'], ParentType, ContextType, RequireFields<MutationRecordTrainingArgs, 'input'>>;
  repointPersonalAssistantInTraining?: Resolver<ResolversTypes['RepointResult'], ParentType, ContextType, RequireFields<MutationRepointPersonalAssistantInTrainingArgs, 'fromPersonalAssistantId' | 'mergeId' | 'toPersonalAssistantId'>>;
  revertPersonalAssistantRepointInTraining?: Resolver<ResolversTypes['RepointResult'], ParentType, ContextType, RequireFields<MutationRevertPersonalAssistantRepointInTrainingArgs, 'mergeId'>>;
}>;

export type PaTrainingAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaTrainingAggregates'] = ResolversParentTypes['PaTrainingAggregates']> = ResolversObject<{
  careCertificate?: Resolver<Array<ResolversTypes['AggregateRow']>, ParentType, ContextType>;
  careCertificateStandards?: Resolver<Array<ResolversTypes['AggregateRow']>, ParentType, ContextType>;
  completionsInPeriod?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  currentCourses?: Resolver<Array<ResolversTypes['CourseAggregateRow']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  personalAssistants?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type PersonalAssistantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalAssistant'] = ResolversParentTypes['PersonalAssistant'], FederationReferenceType extends FederationReferenceTypes['PersonalAssistant'] = FederationReferenceTypes['PersonalAssistant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalAssistant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  careCertificate?: Resolver<Maybe<ResolversTypes['CareCertificateProgress']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  trainingRecords?: Resolver<Maybe<Array<ResolversTypes['TrainingRecord']>>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  courses?: Resolver<Array<ResolversTypes['Course']>, ParentType, ContextType, Partial<QueryCoursesArgs>>;
  paTrainingAggregates?: Resolver<ResolversTypes['PaTrainingAggregates'], ParentType, ContextType, Partial<QueryPaTrainingAggregatesArgs>>;
  trainingProviders?: Resolver<Array<ResolversTypes['TrainingProvider']>, ParentType, ContextType>;
  trainingRecord?: Resolver<Maybe<ResolversTypes['TrainingRecord']>, ParentType, ContextType, RequireFields<QueryTrainingRecordArgs, 'id'>>;
}>;

export type RepointResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RepointResult'] = ResolversParentTypes['RepointResult']> = ResolversObject<{
  mergeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overlaps?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  rowsMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SignOffResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SignOff'] = ResolversParentTypes['SignOff']> = ResolversObject<{
  attestedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nhsStaff?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SuppressedCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SuppressedCount'] = ResolversParentTypes['SuppressedCount']> = ResolversObject<{
  display?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type TrainingProviderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrainingProvider'] = ResolversParentTypes['TrainingProvider'], FederationReferenceType extends FederationReferenceTypes['TrainingProvider'] = FederationReferenceTypes['TrainingProvider']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TrainingProvider']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TrainingProviderKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TrainingRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrainingRecord'] = ResolversParentTypes['TrainingRecord'], FederationReferenceType extends FederationReferenceTypes['TrainingRecord'] = FederationReferenceTypes['TrainingRecord']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TrainingRecord']> | FederationReferenceType, FederationReferenceType, ContextType>;
  completedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personalAssistant?: Resolver<Maybe<ResolversTypes['PersonalAssistant']>, ParentType, ContextType>;
  signedOffBy?: Resolver<ResolversTypes['SignOff'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AggregateRow?: AggregateRowResolvers<ContextType>;
  CareCertificateProgress?: CareCertificateProgressResolvers<ContextType>;
  CareCertificateStandardProgress?: CareCertificateStandardProgressResolvers<ContextType>;
  Course?: CourseResolvers<ContextType>;
  CourseAggregateRow?: CourseAggregateRowResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PaTrainingAggregates?: PaTrainingAggregatesResolvers<ContextType>;
  PersonalAssistant?: PersonalAssistantResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RepointResult?: RepointResultResolvers<ContextType>;
  SignOff?: SignOffResolvers<ContextType>;
  SuppressedCount?: SuppressedCountResolvers<ContextType>;
  TrainingProvider?: TrainingProviderResolvers<ContextType>;
  TrainingRecord?: TrainingRecordResolvers<ContextType>;
}>;

