import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { DocumentNode } from 'graphql';
import { gql } from 'graphql-tag';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  connectDatabase,
  type Database,
  serveHttp,
  type RunningHttp,
  type RunningMetrics,
  withInputField,
  maskInternalError,
  GraphClient,
  type SubgraphName,
  type Caller,
  jsonLogger,
  type Logger,
  type PrismaConstructor,
  type PrismaLike,
  type RawQueries,
  withFields,
  nameLoaders,
  operationSpanPlugin,
  tracingEnabled,
  ServiceMetrics,
  graphqlMetricsPlugin,
  serveMetrics,
  cachedCheck,
  databaseReadiness,
} from '@continuum/runtime';
import type { DemoRegion } from '@continuum/demo';
import {
  authenticateGatewayRequest,
  guardSchema,
  withDefaults,
  type AccessPolicy,
  RequestAccess,
  auditTrailPlugin,
  gatewayServiceCheck,
  bearerToken,
  type AccessStore,
  type HubAccessClient,
} from '@continuum/access';
import type { JWTVerifyGetKey } from 'jose';

/** Reports seeding progress: rows done of rows in all, with a label. */
export type Progress = (label: string, done: number, total: number) => void;

/**
 * What every subgraph exports from `src/subgraph.ts`: the same shape for all,
 * so the hub, the tests and a partner's template treat them alike.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any subgraph's module: each generates its own Prisma client and context, which the kit cannot name
export interface SubgraphModule<Client = any, Ctx extends object = any> {
  /** One of the hub's own subgraphs, or a partner's registered name. */
  name: SubgraphName | (string & {});
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<Ctx>;
  /** prisma/migrations of the subgraph. */
  migrationsDir: string;
  PrismaClient: PrismaConstructor<Client>;
  /** Builds the per-request context (fresh DataLoaders every request). */
  createContext(db: Client, services: SubgraphServices): Ctx;
  /**
   * Who may see what this subgraph serves. Root fields not named are for the hub's own services
   * only; without a policy, that is every root field, and Person and PersonalAssistant entities
   * are screened by whose they are (see access/policy.ts, DEFAULT_POLICY).
   */
  accessPolicy?: AccessPolicy;
  /** Work the subgraph runs in the background while it is up (e.g. re-driving unfinished steps). */
  background?(db: Client, services: SubgraphServices): { stop(): Promise<void> };
  /** Writes this subgraph's slice of the demo region into an empty database. */
  seed(db: Client, region: DemoRegion, progress?: Progress): Promise<void>;
}

/** What the hub hands every subgraph besides its own database. */
export interface SubgraphServices {
  /** Questions to the rest of the graph, through the gateway. */
  graph: GraphClient;
  /** Relationships, consent, break-glass and the audit trail; null only where no person-level data is served, or for a partner using the hub's access API. */
  accessStore: AccessStore | null;
  /** A partner's subgraph: the hub's access API, asked for decisions and given audit rows instead of a store (CONTINUUM_ACCESS_URL). */
  hubAccess?: HubAccessClient | null;
  /** Where the subgraph's log lines go. */
  logger: Logger;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as SubgraphModule: any subgraph's client
export interface RunningSubgraph<Client = any> {
  name: SubgraphModule['name'];
  url: string;
  port: number;
  database: Database<Client>;
  /** Its own metrics registry. */
  metrics: ServiceMetrics;
  /** Where its metrics are served, when a management port was given. */
  metricsUrl?: string;
  stop(): Promise<void>;
}

/**
 * Apollo Server answers a variable that fails coercion (an impossible date) with HTTP 400.
 * The gateway treats any non-2xx reply as a failed subgraph and hides the error, so subgraphs
 * answer such errors with 200 and let the GraphQL error itself travel to the client.
 */
const answerInputErrorsWithOk: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.http.status === 400 && response.body.kind === 'single' && response.body.singleResult.errors?.length) {
          response.http.status = 200;
        }
      },
    };
  },
};

export function createApolloServer<Ctx extends object>(
  mod: Pick<SubgraphModule<unknown, Ctx>, 'typeDefs' | 'resolvers' | 'accessPolicy'>,
  logger: Logger = jsonLogger,
  metrics?: ServiceMetrics,
): ApolloServer<Ctx> {
  return new ApolloServer<Ctx>({
    schema: guardSchema(buildSubgraphSchema({ typeDefs: mod.typeDefs, resolvers: mod.resolvers as never }), withDefaults(mod.accessPolicy)),
    includeStacktraceInErrorResponses: false,
    // Database, ORM and programming errors never reach a client: a generic error with an id, logged here.
    formatError: (formatted, error) =>
      withInputField(maskInternalError(formatted, error, (mod as { name?: string }).name ?? 'subgraph', logger)),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      answerInputErrorsWithOk,
      operationSpanPlugin<Ctx>(),
      auditTrailPlugin(logger, metrics),
      ...(metrics ? [graphqlMetricsPlugin<Ctx>(metrics)] : []),
    ],
  });
}

/**
 * A subgraph's context for one request, with the caller's access attached. What it asks the rest
 * of the graph it asks for the caller, so the audit trail there names them beside the hub's service.
 * A partner using the hub's access API shows it `callerToken`, the token the gateway signed for this request.
 */
export function requestContext<Client, Ctx extends object>(
  mod: SubgraphModule<Client, Ctx>,
  db: Client,
  services: SubgraphServices,
  caller: Caller,
  callerToken: string | null = null,
): Ctx & { access: RequestAccess } {
  const ctx = mod.createContext(db, { ...services, graph: services.graph.actingFor(caller) });
  // Each loader's batches are named in traces by its key in the context's loaders.
  if (tracingEnabled() && 'loaders' in ctx && ctx.loaders && typeof ctx.loaders === 'object') nameLoaders(ctx.loaders);
  const hub = services.hubAccess && callerToken ? { client: services.hubAccess, callerToken } : null;
  return Object.assign(ctx, { access: new RequestAccess(caller, services.accessStore, mod.name, hub) });
}

/** Connects the subgraph to its database and serves it over HTTP. */
export async function startSubgraph<Client>(
  mod: SubgraphModule<Client>,
  opts: {
    databaseUrl: string;
    port: number;
    host?: string;
    graph?: GraphClient;
    /** The gateway's public keys: only requests carrying a caller token it signed are answered. */
    gatewayKeys: JWTVerifyGetKey;
    accessStore: AccessStore | null;
    /** A partner's subgraph without the access store: the hub's access API (see SubgraphServices). */
    hubAccess?: HubAccessClient | null;
    /** Where its log lines go: the JSON console logger unless told otherwise. */
    logger?: Logger;
    /** A management port to serve its metrics on (0: any free one); none when not given. */
    metricsPort?: number;
    /** The management port's address (CONTINUUM_METRICS_HOST, else 127.0.0.1). */
    metricsHost?: string;
  },
): Promise<RunningSubgraph<Client>> {
  const database = connectDatabase(mod.PrismaClient as PrismaConstructor<Client & PrismaLike>, opts.databaseUrl) as Database<Client>;
  // Every line says which service wrote it: a hub run in one process has six.
  const logger = withFields(opts.logger ?? jsonLogger, { service: mod.name });
  const services: SubgraphServices = {
    graph: opts.graph ?? new GraphClient(),
    accessStore: opts.accessStore,
    hubAccess: opts.hubAccess ?? null,
    logger,
  };
  const metrics = new ServiceMetrics(mod.name);
  metrics.watchPool(database.poolUse);
  metrics.watchStatements(database.statementCount);
  // The audit counters show from the start (at zero) wherever there is an audit trail to write.
  if (opts.accessStore || opts.hubAccess) metrics.auditRowsWritten(0);
  const server = createApolloServer(mod, logger, metrics);
  await server.start();
  let http: RunningHttp | undefined;
  let metricsServer: RunningMetrics | undefined;
  // Ready: its database answers and has every migration of its folder applied, unchanged.
  const readiness = databaseReadiness(database.client as RawQueries, mod.migrationsDir);
  try {
    http = await serveHttp(server, {
      port: opts.port,
      host: opts.host ?? '127.0.0.1',
      logger,
      service: mod.name,
      // The gateway's access line is the request's; a subgraph's (the gateway's fetches, and the
      // hub's own background questions) are at debug, found under the same requestId.
      requestLog: 'debug',
      context: async (req) =>
        requestContext(
          mod,
          database.client,
          services,
          await authenticateGatewayRequest(req, opts.gatewayKeys),
          bearerToken(req.headers.authorization),
        ),
      health: async () => {
        await (database.client as RawQueries).$queryRawUnsafe('SELECT 1');
        return { status: 'ok', subgraph: mod.name };
      },
      ready: cachedCheck(async () => {
        const r = await readiness();
        return { ready: r.ready, details: { subgraph: mod.name, ...r.details } };
      }, 1_000),
      isOperator: gatewayServiceCheck(opts.gatewayKeys),
      metrics,
    });
    if (opts.metricsPort !== undefined) metricsServer = await serveMetrics(metrics, { port: opts.metricsPort, host: opts.metricsHost });
  } catch (err) {
    await http?.close();
    await server.stop();
    await database.close();
    throw err;
  }
  const background = mod.background?.(database.client, services);
  const served = http;
  return {
    name: mod.name,
    url: served.url,
    port: served.port,
    database,
    metrics,
    metricsUrl: metricsServer?.url,
    stop: async () => {
      await background?.stop();
      await metricsServer?.close();
      await served.close();
      await server.stop();
      await database.close();
    },
  };
}

/**
 * Builds a subgraph module from the standard layout: `schema.graphql` and
 * `prisma/migrations/` beside the subgraph's `src/`, located from the caller's module URL.
 */
export function defineSubgraph<Client, Ctx extends object>(
  srcModuleUrl: string,
  parts: Omit<SubgraphModule<Client, Ctx>, 'typeDefs' | 'migrationsDir' | 'resolvers'> & { resolvers: object },
): SubgraphModule<Client, Ctx> {
  return {
    ...parts,
    typeDefs: gql(fs.readFileSync(new URL('../schema.graphql', srcModuleUrl), 'utf8')),
    resolvers: parts.resolvers as GraphQLResolverMap<Ctx>,
    migrationsDir: fileURLToPath(new URL('../prisma/migrations', srcModuleUrl)),
  };
}
