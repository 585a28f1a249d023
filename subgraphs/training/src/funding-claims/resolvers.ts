import type { TrainingFund, TrainingFundingClaimResolvers, TrainingFundingClaimStatus } from '../generated/resolvers-types.ts';

export const TrainingFundingClaim: TrainingFundingClaimResolvers = {
  employer: (c) => ({ id: c.employerPersonId }),
  course: async (c, _args, { loaders }) => (await loaders.course.load(c.courseId))!,
  fund: (c) => c.fund as TrainingFund,
  amount: (c) => Number(c.amount),
  claimedThrough: (c) => (c.claimedThroughId ? { id: c.claimedThroughId } : null),
  status: (c) => c.status as TrainingFundingClaimStatus,
};
