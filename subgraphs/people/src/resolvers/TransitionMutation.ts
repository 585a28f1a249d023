import type { MutationResolvers } from '../generated/resolvers-types.ts';

export const TransitionMutation: MutationResolvers = {};
