import { DateScalar, DateTimeScalar } from '@continuum/runtime';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { AssessmentMutation } from '../care-certificate-assessment/mutations.ts';
import { AssessmentQuery } from '../care-certificate-assessment/query.ts';
import { CareCertificateAssessor } from '../care-certificate-assessment/resolvers.ts';
import { CourseSessionMutation } from '../course-sessions/mutations.ts';
import { CourseSessionQuery } from '../course-sessions/query.ts';
import { CourseSession } from '../course-sessions/resolvers.ts';
import { FundingClaimMutation } from '../funding-claims/mutations.ts';
import { FundingClaimQuery } from '../funding-claims/query.ts';
import { TrainingFundingClaim } from '../funding-claims/resolvers.ts';
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
  DateTime: DateTimeScalar,
  Query: { ...Query, ...AggregateQuery, ...AssessmentQuery, ...CourseSessionQuery, ...FundingClaimQuery },
  Mutation: { ...Mutation, ...MergeMutation, ...AssessmentMutation, ...CourseSessionMutation, ...FundingClaimMutation },
  CourseSession,
  TrainingFundingClaim,
  CareCertificateAssessor,
  TrainingProvider,
  Course,
  TrainingRecord,
  PersonalAssistant,
};
