import { DEFAULT_AUDIENCE, generateHubKeys, signServiceToken, signUserToken, type HubKeys } from '@continuum/access';
import { demoUser } from '@continuum/demo';
import { quietLogger, type Caller } from '@continuum/runtime';
import { freshDatabase, postGraphQL, type GraphQLResponse } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { startHub, type Hub } from '../scripts/hub.ts';
import { SUBGRAPH_MODULES } from '../scripts/subgraphs.ts';

// Who may see whom in the demo region, worked out from its records by the README's rules.
export { pasVisibleTo, peopleRelatedTo } from './who-may-see.ts';

/** Sends one operation through the gateway as one user. */
export type Client = <T = any>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>;

export interface TestHub extends Hub {
  /** A client acting as a demo user (see DEMO_USERS), e.g. `hub.as('social-worker.newcastle')`, or as any user described in full. */
  as(user: string | Caller): Client;
  /** The Authorization header for a demo user (or any user described in full). */
  bearer(user: string | Caller): Promise<Record<string, string>>;
}

// One key set per test process: signing is cheap, making keys is not free.
let keys: Promise<HubKeys> | null = null;
/** The hub's keys in this test process (a partner process started beside it trusts its gateway key). */
export const testHubKeys = () => (keys ??= generateHubKeys());

/** The whole hub over real HTTP on ephemeral ports, each subgraph on a fresh seeded database. */
export async function startTestHub(
  opts: Partial<Pick<Parameters<typeof startHub>[0], 'routeFor' | 'supergraph' | 'timeoutFor' | 'logger' | 'mode' | 'metricsPorts'>> & {
    accessDatabaseUrl?: string;
  } = {},
): Promise<TestHub> {
  // Tests drive transitions themselves unless they ask for the background loop.
  process.env.CONTINUUM_RECONCILE_INTERVAL_MS ??= '0';
  const databaseUrls: Record<string, string> = {};
  for (const mod of SUBGRAPH_MODULES) databaseUrls[mod.name] = await freshDatabase(mod.name);
  databaseUrls.access = opts.accessDatabaseUrl ?? (await freshDatabase('access'));
  const ports = Object.fromEntries([...SUBGRAPH_MODULES.map((m) => [m.name, 0]), ['gateway', 0]]);
  const hubKeys = await testHubKeys();
  const hub = await startHub({
    databaseUrls,
    // As npm start runs it, unless a test asks for production.
    mode: opts.mode ?? 'development',
    ports,
    routeFor: opts.routeFor,
    // Metrics only where a test asks for them (by service name; 0 for any free port), whatever the environment says.
    metricsPorts: opts.metricsPorts ?? {},
    supergraph: opts.supergraph,
    timeoutFor: opts.timeoutFor,
    keys: hubKeys,
    logger: opts.logger ?? quietLogger,
  });
  const tokens = new Map<string, Promise<string>>();
  const bearer = async (user: string | Caller) => {
    const caller = typeof user === 'string' ? demoUser(user) : user;
    const key = JSON.stringify(caller);
    if (!tokens.has(key)) tokens.set(key, signUserToken(hubKeys.identityProvider, caller));
    return { authorization: `Bearer ${await tokens.get(key)}` };
  };
  return Object.assign(hub, {
    bearer,
    as:
      (user: string | Caller): Client =>
      async (query, variables) =>
        postGraphQL(hub.gatewayUrl, query, variables, await bearer(user)),
  });
}

/**
 * GET /health at the gateway as the hub's operator (with a hub service token): each subgraph's
 * state and address, and the supergraph served. Anyone else is told only whether the hub is up.
 */
export async function operatorHealth(hub: Hub): Promise<{ status: number; body: any }> {
  const token = await signServiceToken((await testHubKeys()).services, 'operator', DEFAULT_AUDIENCE);
  const res = await fetch(hub.gatewayUrl.replace('/graphql', '/health'), { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: await res.json() };
}

/** A care professional at any funder of the demo region: a social worker at a council (GSS code) or a PHB lead at an NHS body (ODS code). */
export function funderUser(code: string): Caller {
  const council = /^[EW]\d{8}$/.test(code);
  return {
    userId: `${council ? 'social-worker' : 'phb-lead'}.${code.toLowerCase()}`,
    name: council ? `Social worker, ${code}` : `PHB lead, ${code}`,
    organisationCode: code,
    organisationKind: council ? 'COUNCIL' : 'HEALTH',
    role: council ? 'SOCIAL_WORKER' : 'PHB_LEAD',
    purpose: 'DIRECT_CARE',
  };
}

/** The person who keeps a PA register at a support organisation: registers PAs on it and decides its duplicate reviews. */
export function registerLead(organisationId: string): Caller {
  return {
    userId: `register-lead.${organisationId.slice(0, 8)}`,
    name: 'Register lead',
    organisationCode: organisationId,
    organisationKind: 'SUPPORT_ORGANISATION',
    role: 'SUPPORT_ADVISER',
    purpose: 'PAYMENT_ADMINISTRATION',
  };
}

/** SQL statements each subgraph has sent so far. */
export function statementCounts(hub: Hub): Record<string, number> {
  return Object.fromEntries(hub.subgraphs.map((s) => [s.name, s.database.statementCount()]));
}

export function difference(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - (before[k] ?? 0)]));
}

/** Row counts of the given tables per subgraph ({ support: ['employment'] } → { 'support.employment': n }). */
export async function rowCounts(hub: Hub, tables: Record<string, string[]>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const s of hub.subgraphs) {
    for (const table of tables[s.name] ?? []) {
      const [row] = await s.database.client.$queryRawUnsafe(`SELECT count(*)::int AS n FROM "${table}"`);
      out[`${s.name}.${table}`] = row.n;
    }
  }
  return out;
}

/** Sends an operation as a caller (hub.as(user)) and answers with its data, failing the test on any error. */
export async function gqlData(client: Client, query: string, variables?: Record<string, unknown>): Promise<any> {
  const res = await client(query, variables);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data;
}
