import { DateScalar } from '@continuum/kit';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { Employment, HealthDutiesCover } from './Employment.ts';
import { MergeMutation } from './MergeMutation.ts';
import { Mutation } from './Mutation.ts';
import { Person } from './Person.ts';
import { PersonalAssistant } from './PersonalAssistant.ts';
import { AggregateQuery } from './AggregateQuery.ts';
import { Query } from './Query.ts';
import { SupportOrganisation } from './SupportOrganisation.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: { ...Query, ...AggregateQuery },
  Mutation: { ...Mutation, ...MergeMutation },
  Person,
  PersonalAssistant,
  Employment,
  HealthDutiesCover,
  SupportOrganisation,
};
