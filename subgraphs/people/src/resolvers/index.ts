import { DateScalar, DateTimeScalar } from '@continuum/kit';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { FundingEpisode } from './FundingEpisode.ts';
import { Mutation } from './Mutation.ts';
import { Person } from './Person.ts';
import { Query } from './Query.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Person,
  FundingEpisode,
};
