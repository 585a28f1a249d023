import { isId } from '@continuum/runtime';
import { episodeFields } from '../episode-fields.ts';
import type { IndividualServiceFundResolvers } from '../generated/resolvers-types.ts';

export const IndividualServiceFund: IndividualServiceFundResolvers = {
  __resolveReference: (ref, { loaders }) => (isId(ref.id) ? loaders.individualServiceFund.load(ref.id.toLowerCase()) : null),
  ...episodeFields('INDIVIDUAL_SERVICE_FUND'),
  holdingProvider: (isf) => ({ __typename: 'SupportOrganisation', id: isf.holdingProviderId }),
};
