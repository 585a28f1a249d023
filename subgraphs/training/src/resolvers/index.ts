import { DateScalar } from '@continuum/runtime';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { AssessmentMutation } from '../care-certificate-assessment/mutations.ts';
import { AssessmentQuery } from '../care-certificate-assessment/query.ts';
import { CareCertificateAssessor } from '../care-certificate-assessment/resolvers.ts';
import { Course } from './Course.ts';
import { MergeMutation } from './MergeMutation.ts';
import { Mutation } from './Mutation.ts';
import { PersonalAssistant } from './PersonalAssistant.ts';
import { AggregateQuery } from './AggregateQuery.ts';
import { Query } from './Query.ts';
import { TrainingProvider } from './TrainingProvider.ts';
import { TrainingRecord } from './TrainingRecord.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: { ...Query, ...AggregateQuery, ...AssessmentQuery },
  Mutation: { ...Mutation, ...MergeMutation, ...AssessmentMutation },
  CareCertificateAssessor,
  TrainingProvider,
  Course,
  TrainingRecord,
  PersonalAssistant,
};
