import type { CareTask, HealthPlanSummaryResolvers } from '../generated/resolvers-types.ts';

export const HealthPlanSummary: HealthPlanSummaryResolvers = {
  healthBody: async (plan, _args, { loaders }) => {
    const body = await loaders.healthBody.load(plan.healthBodyId);
    if (!body) throw new Error(`health body ${plan.healthBodyId} of health plan ${plan.id} is missing`);
    return body;
  },
  // Stored as a JSON array of { description, healthRelated, hoursPerWeek }.
  tasks: (plan) => plan.tasks as unknown as CareTask[],
};
