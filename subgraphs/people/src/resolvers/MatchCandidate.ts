import type { MatchCandidateResolvers } from '../generated/resolvers-types.ts';

export const MatchCandidate: MatchCandidateResolvers = {
  // MatchReview.candidates keeps only people still held.
  person: async (c, _args, { loaders }) => (await loaders.person.load(c.personId))!,
};
