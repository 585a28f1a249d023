/** Dual-funded people whose council care plan and NHS plan list different tasks for the same PA team. */
import { requireText } from '@continuum/runtime';
import type { Context } from '../context.ts';
import type { ResolversTypes } from '../generated/resolvers-types.ts';
import { personIdsWithHealthPlan } from './funders.ts';
import { graphPeople, loadPeople } from './graph-people.ts';
import { taskDifference } from './plan-tasks.ts';
import { personalAssistantRef, personRows } from './refs.ts';
import { inCallerScope } from './scope.ts';

export async function planTaskDifferences(ctx: Context, odsCodeArg: string): Promise<ResolversTypes['PlanTaskDifference'][]> {
  const odsCode = requireText(odsCodeArg, 'healthBodyOdsCode', 10).toUpperCase();
  const ids = await inCallerScope(ctx, await personIdsWithHealthPlan(ctx.graph, odsCode), (id) => id);
  const plans = await loadPeople(graphPeople(ctx).plans, ids);
  const differing = ids.flatMap((personId) => {
    const p = plans.get(personId);
    if (!p || p.councilTasks === null || p.healthTasks === null) return [];
    const difference = taskDifference(p.councilTasks, p.healthTasks);
    return difference ? [{ personId, difference, personalAssistantIds: p.personalAssistantIds }] : [];
  });
  const people = await personRows(
    ctx,
    differing.map((d) => d.personId),
  );
  return differing.flatMap(({ personId, difference, personalAssistantIds }) => {
    const person = people.get(personId);
    if (!person) return [];
    return [{ person, ...difference, personalAssistants: personalAssistantIds.map(personalAssistantRef) }];
  });
}
