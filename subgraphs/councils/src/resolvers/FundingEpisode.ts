import type { FundingEpisodeResolvers } from '../generated/resolvers-types.ts';

/** Each episode kind is its own table; a column only that kind has tells them apart. */
export const FundingEpisode: FundingEpisodeResolvers = {
  __resolveType: (episode) => {
    if ('paymentSupport' in episode) return 'DirectPayment';
    if ('holdingProviderId' in episode) return 'IndividualServiceFund';
    return 'CommissionedPackage';
  },
};
