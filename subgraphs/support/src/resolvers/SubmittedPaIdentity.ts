import type { SubmittedPaIdentityResolvers } from '../generated/resolvers-types.ts';

/** The date of birth and NI number suffix stay in the stored submission: restricted, never shown. */
export const SubmittedPaIdentity: SubmittedPaIdentityResolvers = {
  registerOrganisation: async (s, _args, { loaders }) => (await loaders.supportOrganisation.load(s.registerOrganisationId))!,
};
