import { isId } from '@continuum/runtime';
import type { MicroCareClientResolvers, MicroCareFunding } from '../generated/resolvers-types.ts';

export const MicroCareClient: MicroCareClientResolvers = {
  __resolveReference: (ref, { loaders }) => (isId(ref.id) ? loaders.client.load(ref.id.toLowerCase()) : null),
  microCarer: async (client, _args, { loaders }) => (await loaders.microCarer.load(client.microCarerId))!,
  person: (client) => ({ id: client.personId }),
  funding: (client) => client.funding as MicroCareFunding,
};
