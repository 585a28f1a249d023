import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { linkReview, rejectReview, reopenReview, unlinkReview } from '../matching/decisions.ts';
import { registerPerson } from '../matching/register.ts';

export const MatchingMutation: MutationResolvers = {
  registerPerson: (_parent, { input, idempotencyKey }, { db }) => registerPerson(db, input, idempotencyKey),
  linkMatchReview: (_parent, { id, personId, decidedBy, reason }, { db }) => linkReview(db, id, personId, decidedBy, reason),
  rejectMatchReview: (_parent, { id, decidedBy, reason }, { db }) => rejectReview(db, id, decidedBy, reason),
  unlinkMatchReview: (_parent, { id, decidedBy, reason }, { db }) => unlinkReview(db, id, decidedBy, reason),
  reopenMatchReview: (_parent, { id, decidedBy, reason }, { db }) => reopenReview(db, id, decidedBy, reason),
};
