import { DEMO_USERS, demoUser, generateHubKeys, signUserToken, type HubKeys } from '@continuum/kit';
import { freshDatabase, postGraphQL, type GraphQLResponse } from '@continuum/kit/testing';
import { startHub, type Hub } from '../scripts/hub.ts';
import { SUBGRAPH_MODULES } from '../scripts/subgraphs.ts';

/** Sends one operation through the gateway as one user. */
export type Client = <T = any>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>;

export interface TestHub extends Hub {
  /** A client acting as a demo user (see DEMO_USERS), e.g. `hub.as('social-worker.newcastle')`. */
  as(userId: string): Client;
  /** The Authorization header for a demo user. */
  bearer(userId: string): Promise<Record<string, string>>;
}

// One key set per test process: signing is cheap, making keys is not free.
let keys: Promise<HubKeys> | null = null;

/** The whole hub over real HTTP on ephemeral ports, each subgraph on a fresh seeded database. */
export async function startTestHub(opts: { routeFor?: Parameters<typeof startHub>[0]['routeFor'] } = {}): Promise<TestHub> {
  // Tests drive transitions themselves unless they ask for the background loop.
  process.env.CONTINUUM_RECONCILE_INTERVAL_MS ??= '0';
  const databaseUrls: Record<string, string> = {};
  for (const mod of SUBGRAPH_MODULES) databaseUrls[mod.name] = await freshDatabase(mod.name);
  databaseUrls.access = await freshDatabase('access');
  const ports = Object.fromEntries([...SUBGRAPH_MODULES.map((m) => [m.name, 0]), ['gateway', 0]]);
  const hubKeys = await (keys ??= generateHubKeys());
  const hub = await startHub({ databaseUrls, ports, routeFor: opts.routeFor, keys: hubKeys });
  const tokens = new Map<string, Promise<string>>();
  const bearer = async (userId: string) => {
    if (!tokens.has(userId)) tokens.set(userId, signUserToken(hubKeys.identityProvider, demoUser(userId)));
    return { authorization: `Bearer ${await tokens.get(userId)}` };
  };
  return Object.assign(hub, {
    bearer,
    as: (userId: string): Client => async (query, variables) => postGraphQL(hub.gatewayUrl, query, variables, await bearer(userId)),
  });
}

export { DEMO_USERS };

/** SQL statements each subgraph has sent so far. */
export function statementCounts(hub: Hub): Record<string, number> {
  return Object.fromEntries(hub.subgraphs.map((s) => [s.name, s.database.statementCount()]));
}

export function difference(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - (before[k] ?? 0)]));
}
