import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActivityModel } from './prisma/models.ts';
import type { PersonReference } from '../references.ts';
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

/** Something Flintshire Micro-care Support did with or for a person. */
export type FlintshireMicrocareActivity = {
  __typename?: 'FlintshireMicrocareActivity';
  id: Scalars['ID']['output'];
  on: Scalars['Date']['output'];
  person: Person;
  title: Scalars['String']['output'];
};

export type FlintshireMicrocareActivityConnection = {
  __typename?: 'FlintshireMicrocareActivityConnection';
  edges: Array<FlintshireMicrocareActivityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FlintshireMicrocareActivityEdge = {
  __typename?: 'FlintshireMicrocareActivityEdge';
  cursor: Scalars['String']['output'];
  node: FlintshireMicrocareActivity;
};

export type Mutation = {
  __typename?: 'Mutation';
  recordFlintshireMicrocareActivity: FlintshireMicrocareActivity;
};


export type MutationRecordFlintshireMicrocareActivityArgs = {
  input: RecordFlintshireMicrocareActivityInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** The person, owned by the hub's people subgraph; this subgraph adds its own facts. */
export type Person = {
  __typename?: 'Person';
  /** Flintshire Micro-care Support's activities with the person, newest first. */
  flintshireMicrocareActivities?: Maybe<Array<FlintshireMicrocareActivity>>;
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  flintshireMicrocareActivity?: Maybe<FlintshireMicrocareActivity>;
  /** Every activity, newest first; first is 1 to 100. */
  flintshireMicrocareActivityList: FlintshireMicrocareActivityConnection;
};


export type QueryFlintshireMicrocareActivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFlintshireMicrocareActivityListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordFlintshireMicrocareActivityInput = {
  /** Not in the future. */
  on: Scalars['Date']['input'];
  /** Hub id of the person. */
  personId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
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
  FlintshireMicrocareActivity: FlintshireMicrocareActivity;
  Person: Person;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  FlintshireMicrocareActivity:
    ( { __typename: 'FlintshireMicrocareActivity' }
    & GraphQLRecursivePick<FederationTypes['FlintshireMicrocareActivity'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  FlintshireMicrocareActivity: ResolverTypeWrapper<ActivityModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  FlintshireMicrocareActivityConnection: ResolverTypeWrapper<Omit<FlintshireMicrocareActivityConnection, 'edges'> & { edges: Array<ResolversTypes['FlintshireMicrocareActivityEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  FlintshireMicrocareActivityEdge: ResolverTypeWrapper<Omit<FlintshireMicrocareActivityEdge, 'node'> & { node: ResolversTypes['FlintshireMicrocareActivity'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Person: ResolverTypeWrapper<PersonReference>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordFlintshireMicrocareActivityInput: RecordFlintshireMicrocareActivityInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  FlintshireMicrocareActivity: ActivityModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  FlintshireMicrocareActivityConnection: Omit<FlintshireMicrocareActivityConnection, 'edges'> & { edges: Array<ResolversParentTypes['FlintshireMicrocareActivityEdge']> };
  Int: Scalars['Int']['output'];
  FlintshireMicrocareActivityEdge: Omit<FlintshireMicrocareActivityEdge, 'node'> & { node: ResolversParentTypes['FlintshireMicrocareActivity'] };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Person: PersonReference;
  Query: Record<PropertyKey, never>;
  RecordFlintshireMicrocareActivityInput: RecordFlintshireMicrocareActivityInput;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type FlintshireMicrocareActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FlintshireMicrocareActivity'] = ResolversParentTypes['FlintshireMicrocareActivity'], FederationReferenceType extends FederationReferenceTypes['FlintshireMicrocareActivity'] = FederationReferenceTypes['FlintshireMicrocareActivity']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FlintshireMicrocareActivity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FlintshireMicrocareActivityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FlintshireMicrocareActivityConnection'] = ResolversParentTypes['FlintshireMicrocareActivityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FlintshireMicrocareActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FlintshireMicrocareActivityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FlintshireMicrocareActivityEdge'] = ResolversParentTypes['FlintshireMicrocareActivityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FlintshireMicrocareActivity'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  recordFlintshireMicrocareActivity?: Resolver<ResolversTypes['FlintshireMicrocareActivity'], ParentType, ContextType, RequireFields<MutationRecordFlintshireMicrocareActivityArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  flintshireMicrocareActivities?: Resolver<Maybe<Array<ResolversTypes['FlintshireMicrocareActivity']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  flintshireMicrocareActivity?: Resolver<Maybe<ResolversTypes['FlintshireMicrocareActivity']>, ParentType, ContextType, RequireFields<QueryFlintshireMicrocareActivityArgs, 'id'>>;
  flintshireMicrocareActivityList?: Resolver<ResolversTypes['FlintshireMicrocareActivityConnection'], ParentType, ContextType, RequireFields<QueryFlintshireMicrocareActivityListArgs, 'first'>>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Date?: GraphQLScalarType;
  FlintshireMicrocareActivity?: FlintshireMicrocareActivityResolvers<ContextType>;
  FlintshireMicrocareActivityConnection?: FlintshireMicrocareActivityConnectionResolvers<ContextType>;
  FlintshireMicrocareActivityEdge?: FlintshireMicrocareActivityEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

