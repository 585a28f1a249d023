import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { endEpisodeForTransition, openEpisodeForTransition, undoTransitionSteps } from '../transitions/episode-steps.ts';
import { respondAsCouncil } from '../transitions/respond.ts';

/** The council's part in funding transitions: its answer, and the steps the hub asks it to apply. */
export const TransitionMutation: MutationResolvers = {
  respondToTransitionAsCouncil: (_parent, args, ctx) => respondAsCouncil(ctx, args),
  openCouncilEpisodeForTransition: (_parent, { transitionId, input }, { db }) => openEpisodeForTransition(db, transitionId, input),
  endCouncilEpisodeForTransition: (_parent, { transitionId, episodeId, lastDay }, { db }) =>
    endEpisodeForTransition(db, transitionId, episodeId, lastDay),
  undoCouncilTransitionSteps: (_parent, { transitionId }, { db }) => undoTransitionSteps(db, transitionId),
};
