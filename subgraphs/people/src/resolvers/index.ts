import { DateScalar, DateTimeScalar } from '@continuum/runtime';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { AggregateQuery } from './AggregateQuery.ts';
import { AccessControlMutation, AccessControlQuery, AssertedRelationship, BreakGlassGrant, ConsentRecord } from './AccessControl.ts';
import { FundingEpisode } from './FundingEpisode.ts';
import { MatchCandidate } from './MatchCandidate.ts';
import { MatchDecision } from './MatchDecision.ts';
import { MatchingMutation } from './MatchingMutation.ts';
import { MatchingQuery } from './MatchingQuery.ts';
import { MatchReview } from './MatchReview.ts';
import { Mutation } from './Mutation.ts';
import { Person } from './Person.ts';
import { AccessLogEntry, PersonAccess } from './PersonAccess.ts';
import { PersonMerge } from './PersonMerge.ts';
import { PersonMergeMutation } from './PersonMergeMutation.ts';
import { PersonMergeQuery } from './PersonMergeQuery.ts';
import { Query } from './Query.ts';
import { ReportQuery } from './ReportQuery.ts';
import { SubmittedIdentity } from './SubmittedIdentity.ts';
import { Transition } from './Transition.ts';
import { TransitionMutation } from './TransitionMutation.ts';
import { TransitionQuery } from './TransitionQuery.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: { ...Query, ...TransitionQuery, ...ReportQuery, ...MatchingQuery, ...PersonMergeQuery, ...AggregateQuery, ...AccessControlQuery },
  Mutation: { ...Mutation, ...TransitionMutation, ...MatchingMutation, ...PersonMergeMutation, ...AccessControlMutation },
  Person: { ...Person, ...PersonAccess },
  ConsentRecord,
  BreakGlassGrant,
  AssertedRelationship,
  AccessLogEntry,
  PersonMerge,
  FundingEpisode,
  Transition,
  MatchReview,
  MatchCandidate,
  MatchDecision,
  SubmittedIdentity,
};
