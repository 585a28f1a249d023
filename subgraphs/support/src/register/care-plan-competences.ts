import { forbidden, roleMaySee } from '@continuum/access';
import { graphqlError, GraphRefusedError, GraphUnavailableError, type Caller } from '@continuum/runtime';
import type { Context } from '../context.ts';
import type { RegisterTraining } from '../generated/resolvers-types.ts';
import { competencesOfTasks, type PlanTask } from './plan-competences.ts';

const FIELD = 'need.carePlanCompetences';
const PLANS = `query ($id: ID!) { person(id: $id) { carePlan { tasks { description } } healthPlan { tasks { description } } } }`;

type Plans = { person: { carePlan: { tasks: PlanTask[] } | null; healthPlan: { tasks: PlanTask[] } | null } | null };

/**
 * The register's training the person's current plans ask for: the council care plan's tasks and
 * the NHS plan's, asked of the councils and health subgraphs through the graph. A person with no
 * plan asks for none. Only a role that may read care plans may have the search read them: the
 * competences say what the plan holds.
 */
export async function carePlanCompetences(ctx: Context, caller: Caller, personId: string): Promise<RegisterTraining[]> {
  if (!roleMaySee(caller.role, 'CARE_AND_HEALTH_PLANS'))
    throw forbidden(
      `The ${caller.role} role does not see care plans, so the search cannot read the competences one requires`,
      FIELD,
      'give the training needed in need.training instead',
    );
  let data: Plans;
  try {
    data = await ctx.graph.actingFor(caller).request<Plans>(PLANS, { id: personId });
  } catch (err) {
    if (!(err instanceof GraphUnavailableError || err instanceof GraphRefusedError)) throw err;
    throw graphqlError('SUBGRAPH_UNAVAILABLE', `The person's care plans could not be asked for: ${err.message}`, {
      field: FIELD,
      reason: 'give the training needed in need.training, or try again when the councils and health subgraphs answer',
    });
  }
  const person = data.person;
  return competencesOfTasks([...(person?.carePlan?.tasks ?? []), ...(person?.healthPlan?.tasks ?? [])]);
}
