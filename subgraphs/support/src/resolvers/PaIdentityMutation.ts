import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { linkPaReview, rejectPaReview, reopenPaReview, trainingHolds, unlinkPaReview } from '../matching/decisions.ts';
import { registerPersonalAssistant } from '../matching/register.ts';
import { mergePersonalAssistants, reconcilePaMerge } from '../pa-merges/merge.ts';
import { unmergePersonalAssistants } from '../pa-merges/unmerge.ts';

/** One PA, one record: registration through matching, the review queue's decisions, merges. */
export const PaIdentityMutation: MutationResolvers = {
  registerPersonalAssistant: (_parent, { input, idempotencyKey }, { db }) => registerPersonalAssistant(db, input, idempotencyKey),
  linkPaMatchReview: (_parent, { id, personalAssistantId, decidedBy, reason }, { db }) =>
    linkPaReview(db, id, personalAssistantId, decidedBy, reason),
  rejectPaMatchReview: (_parent, { id, decidedBy, reason }, { db }) => rejectPaReview(db, id, decidedBy, reason),
  unlinkPaMatchReview: (_parent, { id, decidedBy, reason }, { db }) => unlinkPaReview(db, id, decidedBy, reason),
  reopenPaMatchReview: (_parent, { id, decidedBy, reason }, { db, graph }) =>
    reopenPaReview(db, trainingHolds(graph), id, decidedBy, reason),
  mergePersonalAssistants: (_parent, args, { db, graph }) => mergePersonalAssistants({ db, graph }, args),
  reconcilePaMerge: (_parent, { id }, { db, graph }) => reconcilePaMerge({ db, graph }, id),
  unmergePersonalAssistants: (_parent, args, { db, graph }) => unmergePersonalAssistants({ db, graph }, args),
};
