/**
 * What `npm run bench` asks: the hub's flagship reads, each as the demo user who asks it in
 * practice. An operation may first ask the hub (as that user) for what it needs, e.g. a caseload's ids.
 */
export interface BenchScenario {
  name: string;
  /** The demo user who asks. */
  user: string;
  operation(context: {
    featuredNhsNumber: string;
    /** Asks our gateway as the scenario's user. */
    ask(query: string): Promise<{ data?: unknown; errors?: unknown[] }>;
  }): Promise<{ query: string; variables?: Record<string, unknown> }>;
}

const EPISODE = '__typename id start end status funderName weeklyAmount';
const PA_TEAM = `paTeam {
  start role
  personalAssistant {
    givenName familyName
    dbsCheck { status current }
    careCertificate { standardsCompleted standardsTotal }
    trainingRecords { course { title } completedOn }
  }
}`;

/** One person's whole picture: both funders' episodes, the PA team, each PA's DBS, Care Certificate and training. */
const person360 = (withHistory: boolean) => `query Person360($nhsNumber: String!) {
  person(nhsNumber: $nhsNumber) {
    ${withHistory ? `fundingHistory { ${EPISODE} }` : ''}
    givenName familyName
    socialCareFunding { ${EPISODE} }
    healthFunding { ${EPISODE} }
    ${PA_TEAM}
  }
}`;

/** The first `count` people the user may see, in the people list's order. */
async function caseloadIds(ask: (query: string) => Promise<{ data?: unknown; errors?: unknown[] }>, count: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  while (ids.length < count) {
    const res = await ask(
      `{ people(first: 100${after ? `, after: ${JSON.stringify(after)}` : ''}) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
    );
    if (res.errors) throw new Error(`listing the caseload: ${JSON.stringify(res.errors)}`);
    const page = (res.data as { people: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } })
      .people;
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  if (ids.length < count) throw new Error(`the caseload has ${ids.length} people, not ${count}`);
  return ids.slice(0, count);
}

export const BENCH_SCENARIOS: BenchScenario[] = [
  {
    name: 'person-360',
    user: 'chc-nurse.icb',
    operation: async ({ featuredNhsNumber }) => ({ query: person360(false), variables: { nhsNumber: featuredNhsNumber } }),
  },
  {
    // fundingHistory first among the person's fields: Hive Gateway answers it null after another people field.
    name: 'person-360-history',
    user: 'chc-nurse.icb',
    operation: async ({ featuredNhsNumber }) => ({ query: person360(true), variables: { nhsNumber: featuredNhsNumber } }),
  },
  {
    name: 'caseload-200',
    user: 'chc-nurse.icb',
    operation: async ({ ask }) => ({
      query: `query Caseload($ids: [ID!]!) {
        peopleById(ids: $ids) {
          id givenName familyName
          socialCareFunding { ${EPISODE} }
          healthFunding { ${EPISODE} }
          paTeam { start role personalAssistant { givenName familyName dbsCheck { status current } } }
        }
      }`,
      variables: { ids: await caseloadIds(ask, 200) },
    }),
  },
  {
    name: 'transition-tracker',
    user: 'chc-nurse.icb',
    operation: async () => ({
      query: `{ transitionTracker(funderCode: "QHM") {
        funderCode
        inFlight { transition { id } daysInProgress blockers { kind detail } }
        gaps { person { id } start end days }
        overlaps { person { id } start end days episodes { id } }
      } }`,
    }),
  },
  {
    name: 'transition-aggregates',
    user: 'commissioner.icb',
    operation: async () => ({
      query: `{ transitionAggregates(filter: { icbOdsCode: "QHM" }) {
        inFlight { display value suppressed }
        inFlightByStage { key count { display value suppressed } }
        blockedBy { key count { display } }
        completedInPeriod { display }
        continuity { peopleWithGaps { display } }
      } }`,
    }),
  },
];
