import { isId } from '@continuum/runtime';
import type { CouncilResolvers, Nation } from '../generated/resolvers-types.ts';

const GSS_CODE = /^[EWSN][0-9]{8}$/;

export const Council: CouncilResolvers = {
  // Other subgraphs name a council by hub id or by its GSS code (both are keys).
  __resolveReference: (ref, { loaders }) => {
    if ('id' in ref && typeof ref.id === 'string') return isId(ref.id) ? loaders.council.load(ref.id.toLowerCase()) : null;
    if ('gssCode' in ref && typeof ref.gssCode === 'string') {
      const code = ref.gssCode.trim().toUpperCase();
      return GSS_CODE.test(code) ? loaders.councilByGssCode.load(code) : null;
    }
    return null;
  },
  nation: (council) => council.nation as Nation,
  rates: (council, _args, { loaders }) => loaders.councilRates.load(council.id),
};
