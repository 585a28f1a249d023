import { isId } from '@continuum/kit';
import type { CouncilResolvers, Nation } from '../generated/resolvers-types.ts';

export const Council: CouncilResolvers = {
  __resolveReference: (ref, { loaders }) => (isId(ref.id) ? loaders.council.load(ref.id.toLowerCase()) : null),
  nation: (council) => council.nation as Nation,
  rates: (council, _args, { loaders }) => loaders.councilRates.load(council.id),
};
