import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { submitterOf } from '../matching/submitter.ts';
import { linkReview, rejectReview, reopenReview, unlinkReview } from '../matching/decisions.ts';
import { registerPerson } from '../matching/register.ts';

export const MatchingMutation: MutationResolvers = {
  // The review of a registration is the registering organisation's own to see and decide.
  registerPerson: (_parent, { input, idempotencyKey }, ctx) => registerPerson(ctx.db, input, idempotencyKey, submitterOf(ctx)),
  linkMatchReview: (_parent, { id, personId, decidedBy, reason }, { db }) => linkReview(db, id, personId, decidedBy, reason),
  rejectMatchReview: (_parent, { id, decidedBy, reason }, { db }) => rejectReview(db, id, decidedBy, reason),
  unlinkMatchReview: (_parent, { id, decidedBy, reason }, { db }) => unlinkReview(db, id, decidedBy, reason),
  reopenMatchReview: (_parent, { id, decidedBy, reason }, { db }) => reopenReview(db, id, decidedBy, reason),
};
