import { DateScalar } from '@continuum/kit';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { ChcEligibilityDecision } from './ChcEligibilityDecision.ts';
import { ContinuingHealthcarePackage } from './ContinuingHealthcarePackage.ts';
import { FundingEpisode } from './FundingEpisode.ts';
import { HealthBody } from './HealthBody.ts';
import { IntegratedBudget } from './IntegratedBudget.ts';
import { Mutation } from './Mutation.ts';
import { Person } from './Person.ts';
import { PersonalHealthBudget } from './PersonalHealthBudget.ts';
import { Query } from './Query.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  Mutation,
  HealthBody,
  Person,
  FundingEpisode,
  PersonalHealthBudget,
  ContinuingHealthcarePackage,
  IntegratedBudget,
  ChcEligibilityDecision,
};
