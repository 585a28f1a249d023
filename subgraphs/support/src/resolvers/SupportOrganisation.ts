import { isId } from '@continuum/runtime';
import type { SupportOrganisationResolvers } from '../generated/resolvers-types.ts';

export const SupportOrganisation: SupportOrganisationResolvers = {
  __resolveReference: (ref, { loaders }) => (isId(ref.id) ? loaders.supportOrganisation.load(ref.id.toLowerCase()) : null),
};
