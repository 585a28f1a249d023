import { DateScalar } from '@continuum/kit';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { FlintshireMicrocareActivity } from './FlintshireMicrocareActivity.ts';
import { Mutation } from './Mutation.ts';
import { Person } from './Person.ts';
import { Query } from './Query.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  Mutation,
  FlintshireMicrocareActivity,
  Person,
};
