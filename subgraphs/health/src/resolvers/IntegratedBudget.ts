import type { IntegratedBudgetResolvers } from '../generated/resolvers-types.ts';
import { byReference, fundingEpisodeFields } from '../episodes.ts';

export const IntegratedBudget: IntegratedBudgetResolvers = {
  __resolveReference: byReference((ctx) => ctx.loaders.integratedBudget),
  ...fundingEpisodeFields('INTEGRATED_BUDGET'),
  shares: (budget, _args, { loaders }) => loaders.sharesOfIntegratedBudget.load(budget.id),
};
