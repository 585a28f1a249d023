import type { GraphClient } from '@continuum/runtime';
import DataLoader from 'dataloader';
import type { TransitionModel } from '../generated/prisma/models.ts';
import type { TransitionReadiness } from '../generated/resolvers-types.ts';
import { assessReadiness, type CourseFacts, type TeamFacts } from './readiness-rules.ts';

export type Readiness = TransitionReadiness;

/** peopleById takes at most 200 ids. */
const MAX_PEOPLE_PER_REQUEST = 200;

const TEAM_QUERY = `query TransitionReadiness($ids: [ID!]!) {
  peopleById(ids: $ids) {
    id givenName familyName
    carePlan { contingencyPlanInPlace }
    paTeam {
      id contractSigned healthDuties
      healthDutiesCover { insuranceUpdated payRateUpdated }
      personalAssistant {
        id givenName familyName
        trainingRecords { current completedOn course { code } signedOffBy { nhsStaff } }
      }
    }
  }
  courses { code title requiresNhsSignOff }
}`;

interface TeamAnswer {
  person: TeamFacts | null;
  courses: Map<string, CourseFacts>;
}

/** One loader per caller (a request's context, or one background sweep): facts are fresh each time. */
const loaders = new WeakMap<object, DataLoader<string, TeamAnswer>>();

function teamLoader(ctx: { graph: GraphClient }): DataLoader<string, TeamAnswer> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader<string, TeamAnswer>(
      async (personIds) => {
        const data = await ctx.graph.request<{ peopleById: (TeamFacts | null)[]; courses: ({ code: string } & CourseFacts)[] }>(
          TEAM_QUERY,
          { ids: [...personIds] },
        );
        const courses = new Map(data.courses.map((c) => [c.code, c]));
        return personIds.map((_, i) => ({ person: data.peopleById[i] ?? null, courses }));
      },
      { maxBatchSize: MAX_PEOPLE_PER_REQUEST },
    );
    loaders.set(ctx, loader);
  }
  return loader;
}

/**
 * Readiness of each transition, by transition id, computed across the graph: one request per
 * 200 people however many transitions ask in the same tick. Throws GraphUnavailableError or
 * GraphRefusedError when the graph cannot answer.
 */
export async function readinessFor(ctx: { graph: GraphClient }, transitions: TransitionModel[]): Promise<Map<string, Readiness>> {
  const loader = teamLoader(ctx);
  const answers = await Promise.all(transitions.map((t) => loader.load(t.personId)));
  return new Map(transitions.map((t, i) => [t.id, assessReadiness(t, answers[i].person, answers[i].courses)]));
}
