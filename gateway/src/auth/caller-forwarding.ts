/**
 * The gateway hands each subgraph the caller in a token it signs (60 seconds), so subgraphs trust
 * no header a client could set. Each token names the subgraph it is sent to: a partner shows it to
 * the hub's access API, which answers only for that caller and that partner. One token serves a
 * caller's requests to one subgraph for 30 seconds, so each subgraph checks its signature once
 * rather than on every request.
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { INTERNAL_TOKEN_SECONDS, renewingTokenSource, signInternalToken, type SigningKey } from '@continuum/access';
import { propagationHeaders, type Caller } from '@continuum/runtime';

export interface GatewayContext {
  caller: Caller;
  /** This request's caller token for each subgraph, taken on first use. */
  callerTokens?: Map<string, Promise<string>>;
}

/** Caller tokens by caller and subgraph, each renewed when half its life has gone; at most `max` kept. */
export function callerTokens(gatewayKey: SigningKey, max = 10_000): (caller: Caller, subgraph: string) => Promise<string> {
  const sources = new Map<string, () => Promise<string>>();
  return (caller, subgraph) => {
    const key = JSON.stringify([subgraph, caller]);
    let source = sources.get(key);
    if (!source) {
      if (sources.size >= max) sources.delete(sources.keys().next().value!);
      source = renewingTokenSource(() => signInternalToken(gatewayKey, caller, subgraph), (INTERNAL_TOKEN_SECONDS * 1000) / 2);
      sources.set(key, source);
    }
    return source();
  };
}

export class CallerForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** Set by the gateway: one source shared by every subgraph's data source. */
  tokens!: (caller: Caller, subgraph: string) => Promise<string>;
  /** The subgraph this source calls, named in the tokens it sends. */
  subgraph!: string;

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const ctx = context as Partial<GatewayContext>;
    // The request id and the trace (this fetch's span) go to the subgraph, which logs and traces under them.
    for (const [name, value] of Object.entries(propagationHeaders())) request.http?.headers.set(name, value);
    // Health probes and schema loading carry no request context: they are not forwarded a caller.
    if (!ctx.caller) return;
    ctx.callerTokens ??= new Map();
    let token = ctx.callerTokens.get(this.subgraph);
    if (!token) ctx.callerTokens.set(this.subgraph, (token = this.tokens(ctx.caller, this.subgraph)));
    request.http?.headers.set('authorization', `Bearer ${await token}`);
  }
}
