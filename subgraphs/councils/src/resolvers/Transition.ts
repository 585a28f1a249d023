import { isId } from '@continuum/runtime';
import { requireFieldClass } from '@continuum/access';
import type { TransitionResolvers } from '../generated/resolvers-types.ts';

export const Transition: TransitionResolvers = {
  // Transitions live in the people subgraph: any id is accepted and simply has no answers here.
  __resolveReference: (ref) => ({ id: ref.id }),
  // The notes may carry clinical detail: the care team's, not an employer's payroll provider's.
  councilResponses: (transition, _args, ctx) => {
    requireFieldClass(ctx, 'TRANSITIONS', 'Transition', 'councilResponses');
    return isId(transition.id) ? ctx.loaders.responsesOfTransition.load(transition.id.toLowerCase()) : [];
  },
};
