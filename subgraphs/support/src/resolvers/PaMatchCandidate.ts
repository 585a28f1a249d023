import type { PaMatchCandidateResolvers } from '../generated/resolvers-types.ts';

export const PaMatchCandidate: PaMatchCandidateResolvers = {
  // PaMatchReview.candidates keeps only PAs still held; a merged one answers as its survivor.
  personalAssistant: async (c, _args, { loaders }) => (await loaders.personalAssistant.load(c.personId))!,
  contributions: (c) => c.contributions as never,
};
