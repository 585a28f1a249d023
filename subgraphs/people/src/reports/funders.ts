/** Which people a funder is responsible for, asked of the funder's own subgraph through the graph. */
import { badUserInput, GraphRefusedError, notFound, type GraphClient } from '@continuum/runtime';
import { personIdsFundedByCouncil, personIdsFundedByHealthBody } from '@continuum/access';
import { GSS_CODE } from '../transitions/vocabulary.ts';

/** Councils are named by GSS codes (E08000021); anything else is taken as an NHS body's ODS code. */
export function isCouncilCode(code: string): boolean {
  return GSS_CODE.test(code.trim().toUpperCase());
}

/** Asks the graph; a refusal about the funder code (unknown, malformed) is reported against our own argument. */
async function askAboutFunder<T>(
  graph: GraphClient,
  query: string,
  vars: Record<string, unknown>,
  entity: string,
  field: string,
  code: string,
): Promise<T> {
  try {
    return await graph.request<T>(query, vars);
  } catch (err) {
    if (err instanceof GraphRefusedError && err.code === 'NOT_FOUND') throw notFound(entity, field, code);
    if (err instanceof GraphRefusedError && err.code === 'BAD_USER_INPUT') throw badUserInput(field, err.reason ?? err.message);
    throw err;
  }
}

/** People with an episode of this funder covering any day in [from, to]; NOT_FOUND for an unknown funder. */
export async function personIdsFundedBy(
  graph: GraphClient,
  funderCode: string,
  from: Date,
  to: Date,
  field = 'funderCode',
): Promise<string[]> {
  const code = funderCode.trim().toUpperCase();
  return isCouncilCode(code)
    ? personIdsFundedByCouncil(graph, code, from, to, field)
    : personIdsFundedByHealthBody(graph, code, from, to, field);
}

const PLAN_PEOPLE = `query PlanPeople($code: String!) {
  healthBody(odsCode: $code) { id }
  personIdsWithHealthPlan(odsCode: $code)
}`;

/** People holding an NHS plan from this body; NOT_FOUND for an unknown body. */
export async function personIdsWithHealthPlan(graph: GraphClient, odsCode: string, field = 'healthBodyOdsCode'): Promise<string[]> {
  const code = odsCode.trim().toUpperCase();
  const data = await askAboutFunder<{ healthBody: { id: string } | null; personIdsWithHealthPlan: string[] }>(
    graph,
    PLAN_PEOPLE,
    { code },
    'health body',
    field,
    odsCode,
  );
  if (!data.healthBody) throw notFound('health body', field, odsCode);
  return data.personIdsWithHealthPlan;
}
