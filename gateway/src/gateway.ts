import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginUsageReportingDisabled, ApolloServerPluginSchemaReportingDisabled } from '@apollo/server/plugin/disabled';
import { serveHttp, withInputField } from '@continuum/kit';
import { subgraphHealth } from './health.ts';
import { createAuthenticator } from './auth/authenticate.ts';
import { CallerForwardingDataSource, type GatewayContext } from './auth/caller-forwarding.ts';
import type { GatewayAuthConfig } from './auth/config.ts';
import { requestLimits } from './limits.ts';

export { gatewayAuthConfig, type GatewayAuthConfig } from './auth/config.ts';

// Telemetry to third parties stays off whatever the environment says.
process.env.APOLLO_TELEMETRY_DISABLED = '1';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Routing URL per subgraph name; overrides the URLs in the supergraph. */
  urls?: Record<string, string>;
  port: number;
  host?: string;
  /** Per-subgraph request timeout. */
  subgraphTimeoutMs?: number;
  /** Who may call, and the key that signs the caller tokens subgraphs check. */
  auth: GatewayAuthConfig;
  /** Production: no introspection, no field suggestions. Defaults to NODE_ENV === 'production'. */
  production?: boolean;
}

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Names and routing URLs of the subgraphs a supergraph joins. */
export function supergraphSubgraphs(supergraphSdl: string, overrides: Record<string, string> = {}): { name: string; url: string }[] {
  const found: { name: string; url: string }[] = [];
  const joinGraph = /^\s+[A-Z_0-9]+ @join__graph\(name: "([^"]+)", url: "([^"]+)"\)/gm;
  for (const m of supergraphSdl.matchAll(joinGraph)) found.push({ name: m[1], url: overrides[m[1]] ?? m[2] });
  return found;
}

/** Subgraph failures must not tell clients the internal addresses or replies behind them. */
function hideSubgraphInternals<E extends { extensions?: Record<string, unknown> }>(formatted: E): E {
  if (!formatted.extensions || !('response' in formatted.extensions)) return formatted;
  const { response: _hidden, ...rest } = formatted.extensions;
  return { ...formatted, extensions: rest };
}

export async function startGateway(opts: GatewayOptions): Promise<RunningGateway> {
  const urls = opts.urls ?? {};
  const timeoutMs = opts.subgraphTimeoutMs ?? Number(process.env.CONTINUUM_SUBGRAPH_TIMEOUT_MS ?? 10_000);
  const gateway = new ApolloGateway({
    supergraphSdl: opts.supergraphSdl,
    buildService: ({ name, url }) =>
      Object.assign(
        new CallerForwardingDataSource({
          url: urls[name] ?? url,
          // Each subgraph call carries its own deadline, so one slow agency cannot hold a whole response.
          fetcher: (input, init) => fetch(input as string, { ...(init as RequestInit), signal: AbortSignal.timeout(timeoutMs) }) as never,
        }),
        { gatewayKey: opts.auth.gatewayKey },
      ),
  });
  const authenticate = createAuthenticator(opts.auth);
  const production = opts.production ?? process.env.NODE_ENV === 'production';
  const limits = requestLimits({ production });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted) => withInputField(hideSubgraphInternals(formatted)),
    introspection: !production,
    allowBatchedHttpRequests: false,
    validationRules: limits.validationRules,
    plugins: [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled(), ...limits.plugins],
  });
  await server.start();
  const subgraphs = supergraphSubgraphs(opts.supergraphSdl, urls);
  const http = await serveHttp(server, {
    port: opts.port,
    host: opts.host ?? '127.0.0.1',
    context: async (req) => ({ caller: await authenticate(req.headers.authorization) }),
    health: () => subgraphHealth(subgraphs),
  });
  return {
    url: http.url,
    port: http.port,
    stop: async () => {
      await http.close();
      await server.stop();
    },
  };
}
