import type { FundingEpisodeResolvers } from '../generated/resolvers-types.ts';

/** Each vehicle is its own table; the columns only one of them has tell the rows apart. */
export const FundingEpisode: FundingEpisodeResolvers = {
  __resolveType: (episode) => {
    if ('management' in episode) return 'PersonalHealthBudget';
    if ('decisionId' in episode) return 'ContinuingHealthcarePackage';
    return 'IntegratedBudget';
  },
};
