/**
 * What the gateway gives its operator besides GraphQL: its metrics (requests and errors by
 * operation and code, latency, each call to a subgraph), served on a management port of its own
 * when one is given, and its readiness probe (see readiness.ts). gateway.ts hooks these in.
 */
import type { GatewayContext } from './auth/caller-forwarding.ts';
import type { GatewayAuthConfig } from './auth/config.ts';
import { measureFetch } from './fetch-metrics.ts';
import { gatewayReadiness } from './readiness.ts';
import type { WatchedSupergraph } from './supergraph-source.ts';
import { graphqlMetricsPlugin, serveMetrics, ServiceMetrics, type Caller, type RunningMetrics } from '@continuum/runtime';
import type http from 'node:http';

export interface GatewayOperabilityOptions {
  supergraph: WatchedSupergraph;
  /** The subgraphs of the supergraph being served, at their routing URLs. */
  subgraphs: () => { name: string; url: string }[];
  auth: GatewayAuthConfig;
  authenticate: (authorization: string | string[] | undefined) => Promise<Caller>;
  /** How long a readiness answer is reused (default 2,000 ms). */
  readinessCacheMs?: number;
}

export function gatewayOperability(opts: GatewayOperabilityOptions) {
  const metrics = new ServiceMetrics('gateway');
  let loaded = false;
  return {
    metrics,
    /** For ApolloGateway.onSchemaLoadOrUpdate: a supergraph has been loaded. */
    schemaLoaded: () => {
      loaded = true;
    },
    /** Wraps one call to a subgraph. */
    measure: (subgraph: string, call: () => Promise<Response>) => measureFetch(metrics, subgraph, call),
    plugin: graphqlMetricsPlugin<GatewayContext>(metrics),
    /** serveHttp's probe and metrics options. The operator is whoever GET /health shows the details to. */
    http: {
      ready: gatewayReadiness({
        supergraph: () => ({ loaded, status: opts.supergraph.status() }),
        subgraphs: opts.subgraphs,
        revocations: opts.auth.revocations,
        gatewayKey: opts.auth.gatewayKey,
        cacheMs: opts.readinessCacheMs,
      }),
      isOperator: async (req: http.IncomingMessage) =>
        (await opts.authenticate(req.headers.authorization).catch(() => null))?.role === 'HUB_SERVICE',
      metrics,
    },
    /** Serves the metrics on a management port when one is given. */
    serveMetrics: async (port: number | undefined, host?: string): Promise<RunningMetrics | undefined> =>
      port === undefined ? undefined : serveMetrics(metrics, { port, host }),
  };
}
