import type { CarePlanSummaryResolvers, CareTask } from '../generated/resolvers-types.ts';
import { CarePlanHouseholdFields } from '../household/resolvers.ts';

export const CarePlanSummary: CarePlanSummaryResolvers = {
  council: async (plan, _args, { loaders }) => {
    const council = await loaders.council.load(plan.councilId);
    if (!council) throw new Error(`council ${plan.councilId} of care plan ${plan.id} is missing`);
    return council;
  },
  // Stored as a JSON array of { description, healthRelated, hoursPerWeek }, checked on the way in.
  tasks: (plan) => plan.tasks as unknown as CareTask[],
  ...CarePlanHouseholdFields,
};
