import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { endEpisodeForTransition, openEpisodeForTransition, undoTransitionSteps } from '../transitions/episode-steps.ts';
import { respondAsHealthBody } from '../transitions/respond.ts';

/** The NHS body's part in funding transitions: its answer, and the steps the hub asks it to apply. */
export const TransitionMutation: MutationResolvers = {
  respondToTransitionAsHealthBody: (_parent, args, ctx) => respondAsHealthBody(ctx, args),
  openHealthEpisodeForTransition: (_parent, { transitionId, input }, { db, graph }) =>
    openEpisodeForTransition(db, graph, transitionId, input),
  endHealthEpisodeForTransition: (_parent, { transitionId, episodeId, lastDay }, { db }) =>
    endEpisodeForTransition(db, transitionId, episodeId, lastDay),
  undoHealthTransitionSteps: (_parent, { transitionId }, { db }) => undoTransitionSteps(db, transitionId),
};
