// Runs the gateway alone, against subgraphs already running (their URLs from <NAME>_URL or the supergraph).
import { AccessStore, loadOrCreateHubKeys } from '@continuum/access';
import { gatewayPort, jsonLogger, metricsPort, startTracing, SUBGRAPHS } from '@continuum/runtime';
import { prepareSharedRegistry } from '@continuum/schema/shared-registry';
import { managedSourceFromEnvironment } from './managed-supergraph.ts';
import { registeredTimeouts } from './registered-timeouts.ts';
import {
  describeMode,
  gatewayAuthConfig,
  modeFromEnvironment,
  rateLimitFromEnvironment,
  redisUrlFromEnvironment,
  startGateway,
} from './gateway.ts';

// Decided here, once, from what the operator set; nothing later in this process can change it.
const mode = modeFromEnvironment(process.env);

// Traces only when OTEL_EXPORTER_OTLP_ENDPOINT names a collector; nothing is registered otherwise.
const tracing = startTracing({ service: 'gateway' });
const logger = jsonLogger;

const supergraphPath = process.env.SUPERGRAPH_PATH ?? new URL('../../schema/supergraph.graphql', import.meta.url).pathname;
const urls = Object.fromEntries(
  SUBGRAPHS.flatMap((n) => (process.env[`${n.toUpperCase()}_URL`] ? [[n, process.env[`${n.toUpperCase()}_URL`]!]] : [])),
);
// The gateway's and hub services' keys (and the demo identity provider's, unless CONTINUUM_JWKS_URL/FILE name a real one).
const keys = await loadOrCreateHubKeys(process.env.CONTINUUM_KEYS_DIR ?? new URL('../../.continuum/keys', import.meta.url).pathname);
// The access store holds the token revocation list, checked on every request, and answers partners' access API (/access).
if (!process.env.CONTINUUM_ACCESS_DATABASE_URL)
  throw new Error('Set CONTINUUM_ACCESS_DATABASE_URL: the hub access store that holds the token revocation list');
const accessStore = new AccessStore(process.env.CONTINUUM_ACCESS_DATABASE_URL, 4);
// The schema registry in PostgreSQL, when given: the supergraph comes from it, and its API is served under /registry.
const registryDatabaseUrl = process.env.CONTINUUM_REGISTRY_DATABASE_URL?.trim() || undefined;
if (registryDatabaseUrl) await prepareSharedRegistry(registryDatabaseUrl);
// Hive's CDN (HIVE_CDN_ENDPOINT, HIVE_CDN_KEY) or Apollo Uplink (APOLLO_KEY, APOLLO_GRAPH_REF), when set.
const managedSource = managedSourceFromEnvironment(process.env);
// The file is watched: a publish to the registry that writes it reaches this gateway without a restart.
const gateway = await startGateway({
  auth: gatewayAuthConfig(keys, accessStore, logger),
  accessStore,
  mode,
  // The explorer's demo users only while the demo identity provider signs the tokens this gateway trusts.
  demoIdentityProvider: process.env.CONTINUUM_JWKS_URL || process.env.CONTINUUM_JWKS_FILE ? undefined : keys.identityProvider,
  // A registry run elsewhere (Hive CDN or Apollo Uplink) when configured; else the hub's own.
  supergraph: managedSource ?? (registryDatabaseUrl ? { registryDatabaseUrl } : { path: supergraphPath }),
  registryDatabaseUrl,
  // Registered timeouts, read from the schema registry whenever a publish changes the supergraph.
  timeoutFor:
    process.env.CONTINUUM_REGISTRY_DIR && !registryDatabaseUrl ? registeredTimeouts(process.env.CONTINUUM_REGISTRY_DIR) : undefined,
  urls,
  port: gatewayPort(),
  host: process.env.GATEWAY_HOST ?? '127.0.0.1',
  log: (line) => logger.info(line),
  logger,
  // GET /metrics only on a management port of its own, when GATEWAY_METRICS_PORT names one.
  metricsPort: metricsPort('gateway'),
  // Per caller (CONTINUUM_RATE_LIMIT, _WINDOW_MS); counted with the other replicas in Redis when REDIS_URL is set.
  rateLimit: rateLimitFromEnvironment(process.env),
  redisUrl: redisUrlFromEnvironment(process.env),
});
logger.info('gateway serving', {
  url: gateway.url,
  mode,
  ...(gateway.metricsUrl ? { metrics: gateway.metricsUrl } : {}),
  traces: tracing ? 'on' : 'off',
});
logger.info(describeMode(mode));
const stop = async () => {
  await gateway.stop();
  await accessStore.close();
  await tracing?.shutdown();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
