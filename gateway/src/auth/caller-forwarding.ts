/**
 * The gateway hands each subgraph the caller in a token it signs for this request only
 * (60 seconds), so subgraphs trust no header a client could set.
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { signInternalToken, type SigningKey } from '@continuum/access';
import { propagationHeaders, type Caller } from '@continuum/runtime';

export interface GatewayContext {
  caller: Caller;
  /** Signed once per request, on first use. */
  callerToken?: Promise<string>;
}

export class CallerForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  gatewayKey!: SigningKey;

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const ctx = context as Partial<GatewayContext>;
    // The request id and the trace (this fetch's span) go to the subgraph, which logs and traces under them.
    for (const [name, value] of Object.entries(propagationHeaders())) request.http?.headers.set(name, value);
    // Health probes and schema loading carry no request context: they are not forwarded a caller.
    if (!ctx.caller) return;
    ctx.callerToken ??= signInternalToken(this.gatewayKey, ctx.caller);
    request.http?.headers.set('authorization', `Bearer ${await ctx.callerToken}`);
  }
}
