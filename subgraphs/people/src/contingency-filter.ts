import { graphqlError, GraphRefusedError, GraphUnavailableError, type Caller } from '@continuum/runtime';
import type { Context } from './context.ts';

/**
 * The employers with (IN_PLACE) or without (MISSING) a contingency plan: support holds the plans
 * and the employments, so people asks it through the graph for the ids to filter by.
 */
export async function contingencyPlanHolders(ctx: Context, caller: Caller, state: 'IN_PLACE' | 'MISSING'): Promise<string[]> {
  try {
    const data = await ctx.graph
      .actingFor(caller)
      .request<{ contingencyPlanHolders: string[] }>('query ($state: ContingencyPlanState!) { contingencyPlanHolders(state: $state) }', {
        state,
      });
    return data.contingencyPlanHolders;
  } catch (err) {
    if (!(err instanceof GraphUnavailableError || err instanceof GraphRefusedError)) throw err;
    throw graphqlError('SUBGRAPH_UNAVAILABLE', `Contingency plans could not be asked for: ${err.message}`, {
      field: 'filter.contingencyPlan',
      reason: 'the support subgraph holds contingency plans; try again when it answers',
    });
  }
}
