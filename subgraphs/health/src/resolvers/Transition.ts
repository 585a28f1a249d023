import { isId } from '@continuum/kit';
import type { TransitionResolvers } from '../generated/resolvers-types.ts';

export const Transition: TransitionResolvers = {
  // Transitions live in the people subgraph: any id is accepted and simply has no answers here.
  __resolveReference: (ref) => ({ id: ref.id }),
  healthResponses: (transition, _args, { loaders }) => (isId(transition.id) ? loaders.responsesOfTransition.load(transition.id.toLowerCase()) : []),
};
