/**
 * Test helpers. The test runner (scripts/test.ts) starts one PostgreSQL server per run,
 * builds a migrated and seeded template database per subgraph, and exports its admin URL
 * as CONTINUUM_TEST_PG_URL. Each test file then clones fresh databases from the templates.
 */
import { randomBytes } from 'node:crypto';
import {
  withDatabase,
  addDays,
  isoDate,
  today,
  applyMigrations,
  ensureDatabase,
  restrictConnectTo,
  runtimeDatabaseUrl,
  secureDatabase,
  type Caller,
  hubServiceCaller,
  quietLogger,
} from '@continuum/runtime';
import { requestContext, startSubgraph, type SubgraphModule } from '@continuum/subgraph';
import { generateSigningKey, localKeySet, signInternalToken } from '@continuum/access';

export function testServerUrl(): string {
  const url = process.env.CONTINUUM_TEST_PG_URL;
  if (!url) throw new Error('CONTINUUM_TEST_PG_URL is not set: run tests with `npm test`');
  return url;
}

export function templateName(name: string): string {
  return `template_${name}`;
}

/**
 * A new database for one subgraph, a copy of its migrated and seeded template. The URL is the
 * administrator's (tests set up and inspect with it); the subgraph itself connects as its own role.
 */
export async function freshDatabase(name: string): Promise<string> {
  const server = testServerUrl();
  const database = `test_${name}_${randomBytes(5).toString('hex')}`;
  await cloneTemplate(server, database, templateName(name));
  const url = withDatabase(server, database);
  // A clone keeps the template's grants to the subgraph's role, but not who may connect.
  await restrictConnectTo(url, name);
  return url;
}

/**
 * CREATE DATABASE … TEMPLATE, retried when PostgreSQL briefly fails to find a template that is
 * there: while other files clone and grant at the same moment, its catalog lookup of the template
 * can miss the row ("template database … does not exist", 3D000). A template truly missing still fails.
 */
async function cloneTemplate(server: string, database: string, template: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await ensureDatabase(server, database, template);
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== '3D000' || attempt === 5) throw err;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

/**
 * A new, migrated (and empty) database for a subgraph that has no seeded template in the test
 * run, such as a partner's: its tests write the rows they need.
 */
export async function migratedDatabase(mod: Pick<SubgraphModule, 'name' | 'migrationsDir'>): Promise<string> {
  const server = testServerUrl();
  const url = withDatabase(server, `test_${mod.name.replace(/-/g, '_')}_${randomBytes(5).toString('hex')}`);
  await ensureDatabase(server, new URL(url).pathname.slice(1));
  await applyMigrations(url, mod.migrationsDir);
  await secureDatabase(url, mod.name);
  return url;
}

/**
 * Serves a subgraph over HTTP as the hub would, trusting a gateway key made for the test.
 * `authorization(caller)` is the header that gateway would send (by default as the hub's service).
 */
export async function serveTestSubgraph<Client>(mod: SubgraphModule<Client>, databaseUrl: string) {
  const gatewayKey = await generateSigningKey();
  const running = await startSubgraph(mod, {
    databaseUrl: runtimeDatabaseUrl(databaseUrl, mod.name),
    port: 0,
    gatewayKeys: localKeySet(gatewayKey.jwks),
    accessStore: null,
    logger: quietLogger,
  });
  return Object.assign(running, {
    authorization: async (caller: Caller = hubServiceCaller('test')) => ({
      authorization: `Bearer ${await signInternalToken(gatewayKey, caller)}`,
    }),
  });
}

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/** POSTs a GraphQL operation over real HTTP. */
export async function postGraphQL<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLResponse<T>;
}

/**
 * Runs operations against a subgraph in-process (no HTTP), on its own fresh database:
 * the shape of Apollo's `_entities` contract tests.
 */
export async function inProcessSubgraph<Client>(mod: SubgraphModule<Client>, databaseUrl?: string) {
  const { connectDatabase } = await import('@continuum/runtime');
  const { createApolloServer } = await import('@continuum/subgraph');
  // As the subgraph's own role, as it runs in the hub.
  const database = connectDatabase(
    mod.PrismaClient as any,
    runtimeDatabaseUrl(databaseUrl ?? (await freshDatabase(mod.name)), mod.name),
    4,
  );
  const server = createApolloServer(mod, quietLogger);
  await server.start();
  const { GraphClient } = await import('@continuum/runtime');
  const graph = new GraphClient(null);
  return {
    database,
    graph,
    async execute<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
      // In-process calls act as the hub's own service: they test the subgraph's logic, not access (tests/ do that).
      const contextValue = requestContext(
        mod,
        database.client as Client,
        { graph, accessStore: null, logger: quietLogger },
        hubServiceCaller('test'),
      );
      const res = await server.executeOperation({ query, variables }, { contextValue });
      if (res.body.kind !== 'single') throw new Error('incremental delivery is not used here');
      // Plain objects, as a client would see them after JSON.
      return JSON.parse(JSON.stringify(res.body.singleResult)) as GraphQLResponse<T>;
    },
    async stop() {
      await server.stop();
      await database.close();
    },
  };
}

/**
 * The test run's pinned day (CONTINUUM_TODAY, set by the test setup) moved by `days`, as
 * YYYY-MM-DD: tests name dates relative to the clock, never as calendar literals, so they pass
 * whatever day the suite is run on.
 */
export function dayFromToday(days: number): string {
  return isoDate(addDays(today(), days));
}

export interface WaitForOptions<T> {
  /** How long to keep asking before failing (default 60 s: generous, for a loaded machine). */
  timeoutMs?: number;
  /** Pause between two asks (default 50 ms). */
  intervalMs?: number;
  /** What was being waited for, for the failure; given the last answer when it is a function. */
  message: string | ((last: T | undefined) => string);
}

/**
 * Asks `condition` until it answers something truthy and returns that answer: tests wait for the
 * event they need (a status reached, a supergraph served) instead of sleeping a fixed time.
 * Fails with `message` and the last answer once `timeoutMs` has passed; an error thrown by
 * `condition` fails at once.
 */
export async function waitFor<T>(condition: () => T | Promise<T>, opts: WaitForOptions<T>): Promise<NonNullable<T>> {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const intervalMs = opts.intervalMs ?? 50;
  const deadline = performance.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await condition();
    if (last) return last as NonNullable<T>;
    if (performance.now() >= deadline) {
      const what = typeof opts.message === 'function' ? opts.message(last) : opts.message;
      throw new Error(`gave up after ${timeoutMs} ms waiting for ${what} (last answer: ${describeAnswer(last)})`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

function describeAnswer(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 500 ? `${text.slice(0, 500)}…` : text;
  } catch {
    return String(value);
  }
}
