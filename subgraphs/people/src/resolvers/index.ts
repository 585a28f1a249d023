import { DateScalar, DateTimeScalar } from '@continuum/kit';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { FundingEpisode } from './FundingEpisode.ts';
import { Mutation } from './Mutation.ts';
import { Person } from './Person.ts';
import { Query } from './Query.ts';
import { ReportQuery } from './ReportQuery.ts';
import { Transition } from './Transition.ts';
import { TransitionMutation } from './TransitionMutation.ts';
import { TransitionQuery } from './TransitionQuery.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: { ...Query, ...TransitionQuery, ...ReportQuery },
  Mutation: { ...Mutation, ...TransitionMutation },
  Person,
  FundingEpisode,
  Transition,
};
