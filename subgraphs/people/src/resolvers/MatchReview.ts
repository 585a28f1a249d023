import { isId } from '@continuum/runtime';
import type { MatchReviewResolvers } from '../generated/resolvers-types.ts';
import { candidatesOf, submissionOf } from '../matching/stored.ts';

export const MatchReview: MatchReviewResolvers = {
  __resolveReference: (ref, { loaders }) => (isId(ref.id) ? loaders.matchReview.load(ref.id.toLowerCase()) : null),
  status: (r) => r.status as never,
  submitted: (r) => submissionOf(r),
  // A candidate removed since (a reopened review's person) is no longer anyone to link to.
  candidates: async (r, _args, { loaders }) => {
    const candidates = candidatesOf(r);
    const people = await loaders.person.loadMany(candidates.map((c) => c.personId));
    return candidates.filter((_c, i) => people[i] != null && !(people[i] instanceof Error));
  },
  decisions: (r, _args, { loaders }) => loaders.matchDecisions.load(r.id),
  person: (r, _args, { loaders }) => (r.personId ? loaders.person.load(r.personId) : null),
};
