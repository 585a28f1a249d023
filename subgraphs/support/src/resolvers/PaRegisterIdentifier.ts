import type { PaRegisterIdentifierResolvers } from '../generated/resolvers-types.ts';

export const PaRegisterIdentifier: PaRegisterIdentifierResolvers = {
  // Organisations are never deleted while they list identifiers (a foreign key holds them).
  organisation: async (l, _args, { loaders }) => (await loaders.supportOrganisation.load(l.organisationId))!,
};
