/**
 * What the reports read about people from the rest of the graph (funding from the councils and
 * health subgraphs, employments and plans from the others), through the gateway. Each lookup is
 * a DataLoader kept for one request: people asked for in the same tick go out together, at most
 * 200 ids per request (peopleById's limit), so the number of requests does not grow per person.
 */
import { uniqueLoader, type GraphClient } from '@continuum/runtime';
import type { Context } from '../context.ts';
import type { TimelineEmployment, TimelineEpisode } from './timeline.ts';

const PEOPLE_PER_REQUEST = 200;

export interface PersonTimeline {
  episodes: TimelineEpisode[];
  employments: TimelineEmployment[];
}

export interface PersonPlans {
  councilTasks: string[] | null;
  healthTasks: string[] | null;
  personalAssistantIds: string[];
}

interface EmploymentNode {
  id: string;
  start: string;
  end: string | null;
  personalAssistant: { id: string };
}

interface EpisodeNode {
  __typename: string;
  id: string;
  start: string;
  end: string | null;
  funderCode: string;
}

/** Per-person values by id, batched. */
export interface PeopleLoader<Value> {
  loadMany(ids: readonly string[]): Promise<(Value | null | Error)[]>;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function peopleLoader<Node, Value>(graph: GraphClient, selection: string, toValue: (node: Node) => Value): PeopleLoader<Value> {
  const query = `query ReportPeople($ids: [ID!]!) { peopleById(ids: $ids) { id ${selection} } }`;
  const loader = uniqueLoader(
    async (ids: readonly string[]) => {
      const answers = await Promise.all(
        chunks(ids, PEOPLE_PER_REQUEST).map((batch) =>
          graph.request<{ peopleById: ((Node & { id: string }) | null)[] }>(query, { ids: batch }),
        ),
      );
      return answers.flatMap((a) => a.peopleById.filter((node) => node !== null)).map((node) => ({ id: node.id, value: toValue(node) }));
    },
    (row) => row.id,
  );
  return {
    loadMany: async (ids) => (await loader.loadMany(ids)).map((row) => (row instanceof Error || row === null ? row : row.value)),
  };
}

function employmentsOf(nodes: EmploymentNode[] | null): TimelineEmployment[] {
  return (nodes ?? []).map((e) => ({ id: e.id, personalAssistantId: e.personalAssistant.id, start: e.start, end: e.end }));
}

const EMPLOYMENTS = 'employmentHistory { id start end personalAssistant { id } }';
const FUNDING = 'fundingHistory { __typename id start end funderCode }';
const PLANS = 'carePlan { tasks { description } } healthPlan { tasks { description } } paTeam { personalAssistant { id } }';

function createGraphPeople(graph: GraphClient) {
  return {
    timeline: peopleLoader<{ fundingHistory: EpisodeNode[] | null; employmentHistory: EmploymentNode[] | null }, PersonTimeline>(
      graph,
      `${FUNDING} ${EMPLOYMENTS}`,
      (node) => ({
        episodes: (node.fundingHistory ?? []).map((e) => ({
          __typename: e.__typename,
          id: e.id,
          start: e.start,
          end: e.end,
          funderCode: e.funderCode,
        })),
        employments: employmentsOf(node.employmentHistory),
      }),
    ),
    employments: peopleLoader<{ employmentHistory: EmploymentNode[] | null }, TimelineEmployment[]>(graph, EMPLOYMENTS, (node) =>
      employmentsOf(node.employmentHistory),
    ),
    plans: peopleLoader<
      {
        carePlan: { tasks: { description: string }[] } | null;
        healthPlan: { tasks: { description: string }[] } | null;
        paTeam: { personalAssistant: { id: string } }[] | null;
      },
      PersonPlans
    >(graph, PLANS, (node) => ({
      councilTasks: node.carePlan ? node.carePlan.tasks.map((t) => t.description) : null,
      healthTasks: node.healthPlan ? node.healthPlan.tasks.map((t) => t.description) : null,
      personalAssistantIds: [...new Set((node.paTeam ?? []).map((e) => e.personalAssistant.id))],
    })),
  };
}

export type GraphPeople = ReturnType<typeof createGraphPeople>;

const perRequest = new WeakMap<Context, GraphPeople>();

/** The request's graph loaders, created on first use. */
export function graphPeople(ctx: Context): GraphPeople {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = createGraphPeople(ctx.graph);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}

/** Loads many people at once; a person the graph does not hold is left out. */
export async function loadPeople<V>(loader: PeopleLoader<V>, ids: string[]): Promise<Map<string, V>> {
  const values = await loader.loadMany(ids);
  const out = new Map<string, V>();
  values.forEach((v, i) => {
    if (v instanceof Error) throw v;
    if (v !== null) out.set(ids[i], v);
  });
  return out;
}
