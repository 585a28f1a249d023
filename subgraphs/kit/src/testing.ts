/**
 * Test helpers. The test runner (scripts/test.ts) starts one PostgreSQL server per run,
 * builds a migrated and seeded template database per subgraph, and exports its admin URL
 * as CONTINUUM_TEST_PG_URL. Each test file then clones fresh databases from the templates.
 */
import { randomBytes } from 'node:crypto';
import { withDatabase, type SubgraphName } from './config.ts';
import { ensureDatabase } from './postgres.ts';
import { requestContext, type SubgraphModule } from './subgraph.ts';
import { hubServiceCaller } from './auth/caller.ts';

export function testServerUrl(): string {
  const url = process.env.CONTINUUM_TEST_PG_URL;
  if (!url) throw new Error('CONTINUUM_TEST_PG_URL is not set: run tests with `npm test`');
  return url;
}

export function templateName(name: SubgraphName | 'access'): string {
  return `template_${name}`;
}

/** A new database for one subgraph, a copy of its migrated and seeded template. */
export async function freshDatabase(name: SubgraphName | 'access'): Promise<string> {
  const server = testServerUrl();
  const database = `test_${name}_${randomBytes(5).toString('hex')}`;
  await ensureDatabase(server, database, templateName(name));
  return withDatabase(server, database);
}


export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/** POSTs a GraphQL operation over real HTTP. */
export async function postGraphQL<T = any>(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
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
export async function inProcessSubgraph<Client>(mod: SubgraphModule<Client>) {
  const { connectDatabase } = await import('./database.ts');
  const { createApolloServer } = await import('./subgraph.ts');
  const database = connectDatabase(mod.PrismaClient as any, await freshDatabase(mod.name), 4);
  const server = createApolloServer(mod);
  await server.start();
  const { GraphClient } = await import('./graph-client.ts');
  const graph = new GraphClient(null);
  return {
    database,
    graph,
    async execute<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
      // In-process calls act as the hub's own service: they test the subgraph's logic, not access (tests/ do that).
      const contextValue = requestContext(mod, database.client as Client, { graph, accessStore: null }, hubServiceCaller('test'));
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
