/**
 * How a subgraph asks the rest of the graph a question: one GraphQL request to the gateway.
 * Used where a rule spans agencies (a transition's readiness, a funder checking a transition
 * it is asked to agree to). Never a subgraph importing another's code or reading its database.
 */
import { actorOf, type Actor, type Caller } from './caller.ts';
import type { ErrorCode } from './error-codes.ts';
import { propagationHeaders } from './tracing.ts';

/** The graph could not be reached or failed; the caller may retry later. */
export class GraphUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphUnavailableError';
  }
}

/** The graph answered with a refusal (bad input, not found, conflict); retrying will not help. */
export class GraphRefusedError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field?: string,
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'GraphRefusedError';
  }
}

const RETRYABLE_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'INTERNAL_SERVER_ERROR',
  'SUBGRAPH_UNAVAILABLE',
  'DOWNSTREAM_SERVICE_ERROR',
]);

export class GraphClient {
  private url: string | null;

  constructor(
    url: string | null = process.env.CONTINUUM_GATEWAY_URL ?? null,
    private readonly timeoutMs = Number(process.env.CONTINUUM_GRAPH_TIMEOUT_MS ?? 10_000),
  ) {
    this.url = url;
  }

  /** The hub sets the gateway's address once the gateway is listening. */
  setUrl(url: string): void {
    this.url = url;
  }

  private credentials: ((onBehalfOf: Actor | null) => Promise<string>) | null = null;
  /** Whom calls through this client are made for: the user whose request set them going (null: the hub's own housekeeping). */
  private actor: Actor | null = null;

  /** The hub's service identity: a bearer token source for every call through the gateway, told whom each call is for. */
  setCredentials(tokenSource: (onBehalfOf: Actor | null) => Promise<string>): void {
    this.credentials = tokenSource;
  }

  /**
   * This client, acting for the user behind `caller` (or for whom the calling service already
   * acts): the service token names them, so the audit trail of every subgraph reached names both
   * the hub's service and the user. Shares the address and credentials, set now or later.
   */
  actingFor(caller: Caller): GraphClient {
    const actor = actorOf(caller);
    if (!actor) return this;
    const view = Object.create(this) as GraphClient;
    view.actor = actor;
    return view;
  }

  /**
   * Sends one operation. Data with no errors is returned; a refusal from a subgraph becomes
   * GraphRefusedError; anything else (network, timeout, a subgraph down) GraphUnavailableError.
   */
  async request<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<T> {
    if (!this.url) throw new GraphUnavailableError('the gateway address is not known yet');
    let res: Response;
    try {
      res = await fetch(this.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          // The request this question is part of, and its trace, go with it.
          ...propagationHeaders(),
          ...(this.credentials ? { authorization: `Bearer ${await this.credentials(this.actor)}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      throw new GraphUnavailableError(`the gateway could not be reached: ${(err as Error).message}`);
    }
    let body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    try {
      body = (await res.json()) as typeof body;
    } catch {
      throw new GraphUnavailableError(`the gateway answered HTTP ${res.status} without a GraphQL body`);
    }
    const first = body.errors?.[0];
    if (first) {
      const code = String(first.extensions?.code ?? ('INTERNAL_SERVER_ERROR' satisfies ErrorCode));
      if (RETRYABLE_CODES.has(code) || res.status >= 500) throw new GraphUnavailableError(first.message);
      const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
      throw new GraphRefusedError(first.message, code, text(first.extensions?.field), text(first.extensions?.reason));
    }
    if (!res.ok || body.data === undefined) throw new GraphUnavailableError(`the gateway answered HTTP ${res.status}`);
    return body.data;
  }
}
