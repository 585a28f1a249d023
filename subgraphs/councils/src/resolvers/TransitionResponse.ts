import type { TransitionDecision, TransitionResponseResolvers } from '../generated/resolvers-types.ts';

export const TransitionResponse: TransitionResponseResolvers = {
  decision: (response) => response.decision as TransitionDecision,
};
