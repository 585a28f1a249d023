/**
 * A supergraph from a schema registry run by someone else, through that project's own client:
 * Hive's CDN (@graphql-hive/apollo's supergraph manager: the artifact endpoint and a CDN access
 * key, polled, ETag-aware) or Apollo's Uplink (@apollo/gateway's UplinkSupergraphManager: an
 * APOLLO_KEY and APOLLO_GRAPH_REF, polled as Uplink asks). The gateway wraps either the way it
 * wraps its own registry, so /health reports what is served and a refused supergraph is kept out.
 */
import { UplinkSupergraphManager, type SupergraphManager } from '@apollo/gateway';
import { createSupergraphManager } from '@graphql-hive/apollo';
import { Logger as HiveLogger } from '@graphql-hive/logger';

export type ManagedSupergraphSource =
  | { hiveCdn: { endpoint: string; key: string; pollMs?: number } }
  | {
      apolloUplink: {
        apiKey: string;
        graphRef: string;
        endpoints?: string[];
        pollMs?: number;
        /** How often the first fetch is retried before the gateway gives up starting (default 2). */
        retries?: number;
      };
    };

/** Where a managed supergraph comes from, for /health and logs (never the key). */
export function describeManagedSource(source: ManagedSupergraphSource): string {
  return 'hiveCdn' in source ? `Hive CDN ${source.hiveCdn.endpoint}` : `Apollo Uplink ${source.apolloUplink.graphRef}`;
}

/**
 * Hive's logger, writing warnings and errors to `write`. Its constructor refuses a LOG_LEVEL it
 * does not know, and the hub's own levels include two it does not ("silent", "fatal"): the
 * variable is set aside while it is made (synchronously; its level is given here instead).
 */
function hiveLogger(write: (msg: string) => void): HiveLogger {
  const level = process.env.LOG_LEVEL;
  delete process.env.LOG_LEVEL;
  try {
    return new HiveLogger({ level: 'warn', writers: [{ write: (_level, _attrs, msg) => write(msg ?? '') }] });
  } finally {
    if (level !== undefined) process.env.LOG_LEVEL = level;
  }
}

/** The project's own client for the source; its warnings and errors go to `log`, its chatter nowhere. */
export function managedSupergraphManager(source: ManagedSupergraphSource, log: (line: string) => void): SupergraphManager {
  const label = describeManagedSource(source);
  if ('hiveCdn' in source)
    return createSupergraphManager({
      endpoint: source.hiveCdn.endpoint,
      key: source.hiveCdn.key,
      pollIntervalInMs: source.hiveCdn.pollMs ?? 10_000,
      logger: hiveLogger((msg) => log(`${label}: ${msg}`)),
    });
  const quiet = () => {};
  return new UplinkSupergraphManager({
    apiKey: source.apolloUplink.apiKey,
    graphRef: source.apolloUplink.graphRef,
    ...(source.apolloUplink.endpoints?.length ? { uplinkEndpoints: source.apolloUplink.endpoints } : {}),
    ...(source.apolloUplink.pollMs ? { fallbackPollIntervalInMs: source.apolloUplink.pollMs } : {}),
    // A gateway that cannot reach the registry at start says so soon rather than retrying for minutes.
    initialMaxRetries: source.apolloUplink.retries ?? 2,
    logger: {
      debug: quiet,
      info: quiet,
      warn: (m: unknown) => log(`${label}: ${String(m)}`),
      error: (m: unknown) => log(`${label}: ${String(m)}`),
    },
  });
}

/**
 * The managed source the environment names, if any: HIVE_CDN_ENDPOINT with HIVE_CDN_KEY, or
 * APOLLO_KEY with APOLLO_GRAPH_REF (APOLLO_SCHEMA_CONFIG_DELIVERY_ENDPOINT, comma-separated, for
 * other Uplink endpoints). Half a pair, or both registries at once, is refused with what is missing.
 */
export function managedSourceFromEnvironment(env: NodeJS.ProcessEnv): ManagedSupergraphSource | null {
  const set = (name: string) => (env[name]?.trim() ? env[name]!.trim() : null);
  const hive = [set('HIVE_CDN_ENDPOINT'), set('HIVE_CDN_KEY')] as const;
  const apollo = [set('APOLLO_KEY'), set('APOLLO_GRAPH_REF')] as const;
  const pair = (values: readonly (string | null)[], names: [string, string]) => {
    if (values.every((v) => v === null)) return false;
    const missing = names.filter((_, i) => values[i] === null);
    if (missing.length) throw new Error(`${names.join(' and ')} go together: set ${missing.join(' and ')} as well, or neither`);
    return true;
  };
  const fromHive = pair(hive, ['HIVE_CDN_ENDPOINT', 'HIVE_CDN_KEY']);
  const fromApollo = pair(apollo, ['APOLLO_KEY', 'APOLLO_GRAPH_REF']);
  if (fromHive && fromApollo)
    throw new Error('Choose one registry: HIVE_CDN_ENDPOINT/HIVE_CDN_KEY or APOLLO_KEY/APOLLO_GRAPH_REF, not both');
  if (fromHive) return { hiveCdn: { endpoint: hive[0]!, key: hive[1]! } };
  if (fromApollo) {
    const endpoints = set('APOLLO_SCHEMA_CONFIG_DELIVERY_ENDPOINT')
      ?.split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    return { apolloUplink: { apiKey: apollo[0]!, graphRef: apollo[1]!, ...(endpoints?.length ? { endpoints } : {}) } };
  }
  return null;
}
