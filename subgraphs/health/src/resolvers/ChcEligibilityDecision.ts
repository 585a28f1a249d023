import type { ChcEligibilityDecisionResolvers } from '../generated/resolvers-types.ts';

export const ChcEligibilityDecision: ChcEligibilityDecisionResolvers = {
  healthBody: async (decision, _args, { loaders }) => {
    const body = await loaders.healthBody.load(decision.healthBodyId);
    if (!body) throw new Error(`health body ${decision.healthBodyId} of CHC decision ${decision.id} is missing`);
    return body;
  },
};
