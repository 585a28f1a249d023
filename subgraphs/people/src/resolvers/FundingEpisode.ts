import type { FundingEpisodeResolvers } from '../generated/resolvers-types.ts';

/** The funders' references carry their own __typename; the gateway fetches the rest from each owner. */
export const FundingEpisode: FundingEpisodeResolvers = {
  __resolveType: (episode) => (episode as unknown as { __typename: string }).__typename as never,
};
