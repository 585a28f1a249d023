/**
 * The gateway hands each subgraph the caller in a token it signs (60 seconds), so subgraphs trust
 * no header a client could set. One token serves a caller's requests for 30 seconds, so each
 * subgraph checks its signature once rather than on every request.
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { INTERNAL_TOKEN_SECONDS, renewingTokenSource, signInternalToken, type SigningKey } from '@continuum/access';
import { propagationHeaders, type Caller } from '@continuum/runtime';

export interface GatewayContext {
  caller: Caller;
  /** This request's caller token, taken on first use. */
  callerToken?: Promise<string>;
}

/** Caller tokens by caller, each renewed when half its life has gone; at most `max` callers kept. */
export function callerTokens(gatewayKey: SigningKey, max = 10_000): (caller: Caller) => Promise<string> {
  const sources = new Map<string, () => Promise<string>>();
  return (caller) => {
    const key = JSON.stringify(caller);
    let source = sources.get(key);
    if (!source) {
      if (sources.size >= max) sources.delete(sources.keys().next().value!);
      source = renewingTokenSource(() => signInternalToken(gatewayKey, caller), (INTERNAL_TOKEN_SECONDS * 1000) / 2);
      sources.set(key, source);
    }
    return source();
  };
}

export class CallerForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** Set by the gateway: one source shared by every subgraph's data source. */
  tokens!: (caller: Caller) => Promise<string>;

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const ctx = context as Partial<GatewayContext>;
    // The request id and the trace (this fetch's span) go to the subgraph, which logs and traces under them.
    for (const [name, value] of Object.entries(propagationHeaders())) request.http?.headers.set(name, value);
    // Health probes and schema loading carry no request context: they are not forwarded a caller.
    if (!ctx.caller) return;
    ctx.callerToken ??= this.tokens(ctx.caller);
    request.http?.headers.set('authorization', `Bearer ${await ctx.callerToken}`);
  }
}
