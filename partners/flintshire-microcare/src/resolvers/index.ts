import { DateScalar } from '@continuum/runtime';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { DirectCommissioningContract } from './DirectCommissioningContract.ts';
import { MicroCareClient } from './MicroCareClient.ts';
import { MicroCareHoursRecord } from './MicroCareHoursRecord.ts';
import { MicroCarer } from './MicroCarer.ts';
import { Mutation } from './Mutation.ts';
import { Person } from './Person.ts';
import { PersonalAssistant } from './PersonalAssistant.ts';
import { Query } from './Query.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  Mutation,
  MicroCarer,
  MicroCareClient,
  MicroCareHoursRecord,
  DirectCommissioningContract,
  Person,
  PersonalAssistant,
};
