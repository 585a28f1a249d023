import { isId } from '@continuum/runtime';
import type { PaMatchReviewResolvers } from '../generated/resolvers-types.ts';
import { paCandidatesOf, paSubmissionOf } from '../matching/stored.ts';

export const PaMatchReview: PaMatchReviewResolvers = {
  __resolveReference: (ref, { loaders }) => (isId(ref.id) ? loaders.paMatchReview.load(ref.id.toLowerCase()) : null),
  status: (r) => r.status as never,
  submitted: (r) => paSubmissionOf(r),
  // A candidate removed since (a reopened review's PA record) is no longer anyone to link to.
  candidates: async (r, _args, { loaders }) => {
    const candidates = paCandidatesOf(r);
    const held = await loaders.personalAssistant.loadMany(candidates.map((c) => c.personId));
    return candidates.filter((_c, i) => held[i] != null);
  },
  decisions: (r, _args, { loaders }) => loaders.paMatchDecisions.load(r.id),
  personalAssistant: (r, _args, { loaders }) => (r.personalAssistantId ? loaders.personalAssistant.load(r.personalAssistantId) : null),
};
