import { Supergraph } from '@apollo/federation-internals';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { localKeySet, type AccessStore, type SigningKey } from '@continuum/access';
import {
  graphqlError,
  jsonLogger,
  maskInternalError,
  serveHttp,
  withFields,
  withInputField,
  type Logger,
  type ServiceMetrics,
} from '@continuum/runtime';
import type { GraphQLError } from 'graphql';
import { gatewayKeysRoute } from './well-known-keys.ts';
import { subgraphHealth } from './health.ts';
import { gatewayOperability } from './operability.ts';
import {
  loadPersistedOperations,
  memoryRegistrations,
  persistedOperationFiles,
  persistedOperationsCache,
  redisRegistrations,
} from './persisted-operations.ts';
import { memoryCounters, redisCounters } from './rate-limit/counters.ts';
import { rateLimiter, type RateLimitSettings } from './rate-limit/rate-limit.ts';
import { connectRedis } from './shared/redis.ts';
import { registryRoutes } from './registry-api.ts';
import { accessRoutes } from './access-api.ts';
import { SharedRegistry } from '@continuum/schema/shared-registry';
import { WatchedSupergraph, type SupergraphSource } from './supergraph-source.ts';
import { subgraphTimeout } from './timeouts.ts';
import { createAuthenticator } from './auth/authenticate.ts';
import { callerTokens, CallerForwardingDataSource, type GatewayContext } from './auth/caller-forwarding.ts';
import type { GatewayAuthConfig } from './auth/config.ts';
import { requestLimits } from './limits.ts';
import { explorerRoutes } from './explorer/routes.ts';
import { demoExplorerSignIn } from './explorer/sign-in.ts';
import { graphqlOverHttpStatus } from './http-status.ts';
import type { HubMode } from './mode.ts';

export { gatewayAuthConfig, type GatewayAuthConfig } from './auth/config.ts';
export { describeMode, modeFromEnvironment, type HubMode } from './mode.ts';
export { DEFAULT_RATE_LIMIT, rateLimitFromEnvironment, type RateLimitSettings } from './rate-limit/rate-limit.ts';
export { redisUrlFromEnvironment } from './shared/redis.ts';

// Telemetry to third parties stays off whatever the environment says.
process.env.APOLLO_TELEMETRY_DISABLED = '1';

export interface GatewayOptions {
  /** A fixed supergraph, or the registry's published file, watched for new publishes. */
  supergraph: SupergraphSource;
  /** Routing URL per subgraph name; overrides the URLs in the supergraph. */
  urls?: Record<string, string>;
  port: number;
  host?: string;
  /** Request timeout for every subgraph (overrides the per-subgraph settings). */
  subgraphTimeoutMs?: number;
  /** Manifests of trusted operations (hash to document) answered by hash alone; see persisted-operations.ts. */
  persistedOperationManifests?: string[];
  /** A subgraph's own timeout, e.g. from its registration. */
  timeoutFor?: (name: string) => number | undefined;
  log?: (line: string) => void;
  /** Where its log lines go (the JSON logger by default). */
  logger?: Logger;
  /** Who may call, and the key that signs the caller tokens subgraphs check. */
  auth: GatewayAuthConfig;
  /**
   * Decided once by whoever starts the gateway (modeFromEnvironment at start-up), never read from
   * the environment here. Production: no introspection, no field suggestions, no explorer.
   */
  mode: HubMode;
  /** Development only: the demo identity provider's key, with which the explorer mints the demo users' tokens. */
  demoIdentityProvider?: SigningKey;
  /** A management port for GET /metrics (0: any free one); none when not given. */
  metricsPort?: number;
  /** The management port's address (CONTINUUM_METRICS_HOST, else 127.0.0.1). */
  metricsHost?: string;
  /** How long a /health/ready answer is reused (default 2,000 ms). */
  readinessCacheMs?: number;
  /** Operations per caller per window (rate-limit/rate-limit.ts); no limit when not given. */
  rateLimit?: RateLimitSettings;
  /**
   * The schema registry in PostgreSQL: its HTTP API is served under /registry (registry-api.ts).
   * Give `supergraph: { registryDatabaseUrl }` too for the gateway to serve what it publishes.
   */
  registryDatabaseUrl?: string;
  /**
   * The access store, as its writer role: partners' subgraphs take access decisions from it and
   * write audit rows to it through the API under /access (access-api.ts); not served when not given.
   */
  accessStore?: AccessStore;
  /** A Redis server the gateway replicas share for rate limits and APQ registrations (REDIS_URL); memory when not given. */
  redisUrl?: string;
}

export interface RunningGateway {
  url: string;
  port: number;
  /** The supergraph being served and the last refused one. */
  supergraph: WatchedSupergraph;
  /** Its own metrics registry, and where it is served when a management port was given. */
  metrics: ServiceMetrics;
  metricsUrl?: string;
  stop(): Promise<void>;
}

/** Names and routing URLs of the subgraphs a supergraph joins. */
export function supergraphSubgraphs(supergraphSdl: string, overrides: Record<string, string> = {}): { name: string; url: string }[] {
  // Parsed as @apollo/gateway parses it, not matched as text: formatting, argument order or descriptions cannot hide or invent a subgraph.
  return Supergraph.build(supergraphSdl)
    .subgraphsMetadata()
    .map(({ name, url }) => ({ name, url: overrides[name] ?? url }));
}

/** Subgraph failures must not tell clients the internal addresses or replies behind them. */
function hideSubgraphInternals<E extends { extensions?: Record<string, unknown> }>(formatted: E): E {
  if (!formatted.extensions || !('response' in formatted.extensions)) return formatted;
  const { response: _hidden, ...rest } = formatted.extensions;
  return { ...formatted, extensions: rest };
}

/**
 * Says which agency failed and how, not just "fetch failed": SUBGRAPH_TIMEOUT when it did not
 * answer within its deadline, SUBGRAPH_UNAVAILABLE when it could not be reached; the subgraph is
 * named in `extensions.subgraph`, and its fields in the answer are null.
 */
function subgraphFailure(name: string, timeoutMs: number, err: Error): GraphQLError {
  if (err.name === 'TimeoutError') {
    return graphqlError('SUBGRAPH_TIMEOUT', `${name} did not answer within ${timeoutMs} ms`, { subgraph: name, timeoutMs });
  }
  return graphqlError('SUBGRAPH_UNAVAILABLE', `${name} is unavailable`, { subgraph: name });
}

export async function startGateway(opts: GatewayOptions): Promise<RunningGateway> {
  const urls = opts.urls ?? {};
  const supergraph = await WatchedSupergraph.open(opts.supergraph, opts.log);
  const authenticate = createAuthenticator(opts.auth);
  const operability = gatewayOperability({
    supergraph,
    subgraphs: () => supergraphSubgraphs(supergraph.sdl, urls),
    auth: opts.auth,
    authenticate,
    readinessCacheMs: opts.readinessCacheMs,
  });
  const logger = withFields(opts.logger ?? jsonLogger, { service: 'gateway' });
  const tokens = callerTokens(opts.auth.gatewayKey);
  const gateway = new ApolloGateway({
    supergraphSdl: supergraph,
    // Its spans (request, validate, plan, execute, each fetch) never carry the document, which can
    // hold an NHS number, nor errors, whose messages can quote input.
    telemetry: { includeDocument: false, recordExceptions: false },
    buildService: ({ name, url }) => {
      const timeoutMs = opts.subgraphTimeoutMs ?? subgraphTimeout(name, opts.timeoutFor ?? ((n) => supergraph.registeredTimeout(n)));
      const source = new CallerForwardingDataSource({
        url: urls[name] ?? url,
        // Each subgraph call carries its own deadline, so one slow agency cannot hold a whole response.
        fetcher: (input, init) =>
          operability.measure(name, () =>
            fetch(input as string, { ...(init as RequestInit), signal: AbortSignal.timeout(timeoutMs) }).catch((err: Error) => {
              throw subgraphFailure(name, timeoutMs, err);
            }),
          ) as never,
      });
      // Every call carries the caller in a token the gateway signs for them.
      source.tokens = tokens;
      source.subgraph = name;
      return source;
    },
  });
  gateway.onSchemaLoadOrUpdate(operability.schemaLoaded);
  const production = opts.mode === 'production';
  const limits = requestLimits({ production });
  // Shared by every replica through Redis when given; this gateway's own memory otherwise.
  const redis = opts.redisUrl ? connectRedis(opts.redisUrl) : null;
  const rateLimit = opts.rateLimit
    ? rateLimiter(opts.rateLimit, redis ? redisCounters(redis) : memoryCounters(), logger)
    : { admit: async () => {} };
  const server = new ApolloServer<GatewayContext>({
    gateway,
    // Apollo Server would otherwise read NODE_ENV itself, whenever and whatever set it.
    nodeEnv: opts.mode,
    includeStacktraceInErrorResponses: false,
    // What a subgraph or the gateway did not mean to say (database errors, internal failures) is answered generically, with an id that is logged.
    formatError: (formatted, error) => withInputField(maskInternalError(hideSubgraphInternals(formatted), error, 'gateway', logger)),
    introspection: !production,
    persistedQueries: {
      cache: persistedOperationsCache(
        loadPersistedOperations(persistedOperationFiles(opts.persistedOperationManifests)),
        redis ? redisRegistrations(redis) : memoryRegistrations(),
      ),
    },
    allowBatchedHttpRequests: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      // Apollo's landing pages load from its CDN; a browser at /graphql gets the hub's own explorer (explorer/routes.ts).
      ApolloServerPluginLandingPageDisabled(),
      ...limits.plugins,
      graphqlOverHttpStatus(),
      operability.plugin,
    ],
  });
  await server.start();
  // The demo users' tokens are offered in development only, and only with the demo identity provider's key.
  const signIn = !production && opts.demoIdentityProvider ? await demoExplorerSignIn(opts.demoIdentityProvider) : null;
  const explorer = explorerRoutes({ mode: opts.mode, graphqlPath: '/graphql', signIn });
  // Its public keys at a well-known URL, for subgraphs run elsewhere (CONTINUUM_GATEWAY_JWKS_URL).
  const wellKnownKeys = gatewayKeysRoute(opts.auth.gatewayKey.jwks);
  const registry = opts.registryDatabaseUrl ? new SharedRegistry(opts.registryDatabaseUrl) : null;
  const registryApi = registry ? registryRoutes({ registry, authenticate, logger }) : null;
  // Partners' access decisions and audit rows, for the caller tokens this gateway signed for them.
  let served: { sdl: string; names: string[] } | null = null;
  const servedNames = () => {
    // Parsed once per supergraph served, not on every call.
    if (served?.sdl !== supergraph.sdl) served = { sdl: supergraph.sdl, names: supergraphSubgraphs(supergraph.sdl).map((s) => s.name) };
    return served.names;
  };
  const accessApi = opts.accessStore
    ? accessRoutes({ store: opts.accessStore, gatewayKeys: localKeySet(opts.auth.gatewayKey.jwks), subgraphs: servedNames })
    : null;
  const http = await serveHttp(server, {
    routes: async (req, res, url) =>
      (await wellKnownKeys(req, res, url)) ||
      (registryApi ? await registryApi(req, res, url) : false) ||
      (accessApi ? await accessApi(req, res, url) : false) ||
      explorer(req, res, url),
    port: opts.port,
    host: opts.host ?? '127.0.0.1',
    logger,
    service: 'gateway',
    context: async (req) => {
      const caller = await authenticate(req.headers.authorization);
      // Counted per caller once it is known who is asking; over the limit answers 429 before anything runs.
      await rateLimit.admit(caller, req);
      return { caller };
    },
    // Anyone may ask whether the hub is up (one word). Which subgraphs, at which addresses, and the
    // supergraph file served (which a publish may have changed) only for the hub's service identity.
    health: async (req) => {
      const state = await subgraphHealth(supergraphSubgraphs(supergraph.sdl, urls));
      const caller = await authenticate(req.headers.authorization).catch(() => null);
      return caller?.role === 'HUB_SERVICE' ? { ...state, supergraph: supergraph.status() } : { status: state.status };
    },
    // GET /health/live and /health/ready (ready: a supergraph loaded, the revocation list readable, every subgraph ready).
    ...operability.http,
  });
  const metricsServer = await operability.serveMetrics(opts.metricsPort, opts.metricsHost);
  return {
    url: http.url,
    port: http.port,
    supergraph,
    metrics: operability.metrics,
    metricsUrl: metricsServer?.url,
    stop: async () => {
      await metricsServer?.close();
      await http.close();
      await server.stop();
      redis?.disconnect();
      await registry?.close();
    },
  };
}
export type { SupergraphSource, SupergraphStatus } from './supergraph-source.ts';
export { managedSourceFromEnvironment, type ManagedSupergraphSource } from './managed-supergraph.ts';
