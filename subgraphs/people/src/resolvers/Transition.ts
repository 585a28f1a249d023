import type { TransitionResolvers } from '../generated/resolvers-types.ts';

export const Transition: TransitionResolvers = {};
