import type { SafeguardingConcernResolvers, SafeguardingReferralResolvers } from '../generated/resolvers-types.ts';
import type { Loaders } from '../loaders.ts';

async function councilOf(record: { id: string; councilId: string }, loaders: Loaders) {
  const council = await loaders.council.load(record.councilId);
  if (!council) throw new Error(`council ${record.councilId} of safeguarding concern ${record.id} is missing`);
  return council;
}

export const SafeguardingConcern: SafeguardingConcernResolvers = {
  council: (c, _args, { loaders }) => councilOf(c, loaders),
  status: (c) => (c.closedOn ? 'CLOSED' : c.enquiryStartedOn ? 'ENQUIRY' : 'RAISED'),
  source: (c) => c.source as never,
  category: (c) => c.category as never,
  outcome: (c) => c.outcome as never,
};

export const SafeguardingReferral: SafeguardingReferralResolvers = {
  council: (c, _args, { loaders }) => councilOf(c, loaders),
};
