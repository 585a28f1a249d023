/**
 * Every error code a client can receive from the hub, in one list: what it means, the HTTP
 * status of the answer that carries it (as the gateway and the dashboard's server answer it) and
 * whether asking again can help. Errors we raise are made by graphqlError()
 * from a code in this list, so a code not listed does not compile; README's "Errors" table is
 * written from it (`npm run docs:errors`). Codes Apollo raises are listed where they reach clients.
 */
import { GraphQLError } from 'graphql';

/**
 * When the gateway refuses a well-formed request before running it, the status follows the media
 * type answered, as the GraphQL-over-HTTP specification asks (gateway/src/http-status.ts).
 */
const AS_JSON = 'the client accepts application/json rather than application/graphql-response+json, or sends no Accept';

export interface ErrorCodeInfo {
  /** What happened, in the client's terms. */
  meaning: string;
  /** Who raises it when it is not only our own code. */
  raisedBy?: 'Apollo Server' | 'Apollo Gateway' | 'the dashboard server' | 'the hub and Apollo Server';
  /** The answer's HTTP status: the usual one first, then any other and when. */
  http: readonly [{ status: number }, ...{ status: number; when: string }[]];
  /** Whether the same request can succeed later, and what to do. */
  retryable: boolean;
  retry: string;
}

export const ERROR_CODES = {
  BAD_USER_INPUT: {
    meaning: 'An input is invalid: `extensions.field` names it and `extensions.reason` says why. Nothing was written.',
    raisedBy: 'the hub and Apollo Server',
    http: [
      { status: 200 },
      {
        status: 400,
        when: 'the gateway refuses the request before running it (a variable of the wrong type, a page over 100) and the client accepts application/graphql-response+json',
      },
    ],
    retryable: false,
    retry: 'correct the input',
  },
  NOT_FOUND: {
    meaning:
      'No record has the id or code in `extensions.field`, or none the caller may see (a record out of their scope answers as missing).',
    http: [{ status: 200 }],
    retryable: false,
    retry: 'check the id or code',
  },
  CONFLICT: {
    meaning:
      'The request contradicts the records as they are now (already done, overlapping, changed meanwhile); `extensions.reason` says how.',
    http: [{ status: 200 }],
    retryable: false,
    retry: 'read the records again and decide',
  },
  FORBIDDEN: {
    meaning: "The caller's role, organisation or relationship does not allow this field or step (`extensions.field`, `extensions.reason`).",
    http: [{ status: 200 }],
    retryable: false,
    retry: 'only someone the rule allows can do it',
  },
  UNAUTHENTICATED: {
    meaning:
      'No usable caller: the bearer token is malformed, expired, revoked or wrongly signed, or a field needs a signed-in user and no token was sent.',
    http: [{ status: 401 }, { status: 200, when: 'a field needs a signed-in user and no token was sent' }],
    retryable: false,
    retry: 'sign in again and send a new token',
  },
  REVOCATION_LIST_UNAVAILABLE: {
    meaning: 'The gateway cannot read the token revocation list, so it accepts no token (it fails closed).',
    http: [{ status: 503 }],
    retryable: true,
    retry: 'shortly',
  },
  SUBGRAPH_UNAVAILABLE: {
    meaning:
      "An agency's service could not be reached (`extensions.subgraph`), or a step needing another agency's data could not ask it; its fields are null, and a refused step wrote nothing.",
    http: [{ status: 200 }],
    retryable: true,
    retry: 'shortly',
  },
  SUBGRAPH_TIMEOUT: {
    meaning: "An agency's service did not answer within its deadline (`extensions.subgraph`, `extensions.timeoutMs`); its fields are null.",
    http: [{ status: 200 }],
    retryable: true,
    retry: 'later, or ask for less',
  },
  DOWNSTREAM_SERVICE_ERROR: {
    meaning: "A service answered the gateway with an error carrying no code (an HTTP error status, say); that service's fields are null.",
    raisedBy: 'Apollo Gateway',
    http: [{ status: 200 }],
    retryable: true,
    retry: 'shortly',
  },
  AUDIT_UNAVAILABLE: {
    meaning: 'The audit trail could not be written, so the data is withheld (`data` is null): no read of personal data goes unrecorded.',
    http: [{ status: 200 }],
    retryable: true,
    retry: 'shortly',
  },
  DATABASE_UNAVAILABLE: {
    meaning:
      "An agency's service could not reach its database just now (a restart or failover; `extensions.serviceName`); its fields are null. A write refused this way was not made, unless the connection was lost as it committed: read the record again before retrying.",
    http: [{ status: 200 }],
    retryable: true,
    retry: 'shortly',
  },
  INTERNAL_SERVER_ERROR: {
    meaning: 'Something failed that the hub does not describe to clients; `extensions.errorId` names the server log entry.',
    http: [{ status: 200 }, { status: 500, when: 'the request failed outside any field (before it ran, say)' }],
    retryable: true,
    retry: 'once; if it fails again, report the errorId',
  },
  COST_LIMIT_EXCEEDED: {
    meaning: 'The query could return more objects than the gateway allows (`extensions.cost`, `extensions.maxCost`); nothing was run.',
    http: [{ status: 400 }, { status: 200, when: AS_JSON }],
    retryable: false,
    retry: 'ask for smaller pages or fewer nested lists',
  },
  GRAPHQL_PARSE_FAILED: {
    meaning: 'The document is not GraphQL (`message` says where it stops parsing), or has over 2,000 tokens; nothing was run.',
    raisedBy: 'Apollo Server',
    http: [{ status: 400 }, { status: 200, when: AS_JSON }],
    retryable: false,
    retry: 'correct the query',
  },
  GRAPHQL_VALIDATION_FAILED: {
    meaning:
      'The document is not valid against the schema or breaks a gateway limit (depth, aliases, directives; introspection in production).',
    raisedBy: 'Apollo Server',
    http: [
      { status: 400 },
      { status: 200, when: `${AS_JSON}; or an agency's service refuses a value written in the document (an impossible date)` },
    ],
    retryable: false,
    retry: 'correct the query',
  },
  INVALID_GRAPHQL: {
    meaning: 'The gateway cannot plan the operation, e.g. `operationName` names no operation in the document.',
    raisedBy: 'Apollo Gateway',
    http: [{ status: 400 }, { status: 200, when: AS_JSON }],
    retryable: false,
    retry: 'correct the request',
  },
  PERSISTED_QUERY_NOT_FOUND: {
    meaning: 'The gateway holds no operation under the hash sent in `extensions.persistedQuery` (automatic persisted queries).',
    raisedBy: 'Apollo Server',
    http: [{ status: 200 }],
    retryable: true,
    retry: 'at once, with the document beside its hash',
  },
  BAD_REQUEST: {
    meaning:
      'Not a request the hub answers: a body that is not JSON or has no query, a batch of operations, or a text/plain or form post (CSRF protection).',
    raisedBy: 'the hub and Apollo Server',
    http: [{ status: 400 }, { status: 413, when: "the dashboard server's body limit (64 KB) is exceeded" }],
    retryable: false,
    retry: 'correct the request',
  },
  RATE_LIMITED: {
    meaning:
      'The caller has sent more operations than the gateway allows in its window (`extensions.limit` per `extensions.windowSeconds`); nothing was run. The `Retry-After` header and `extensions.retryAfterSeconds` say when the window ends.',
    http: [{ status: 429 }],
    retryable: true,
    retry: 'after Retry-After seconds',
  },
  PAYLOAD_TOO_LARGE: {
    meaning: 'The request body is over 1 MB; it was not read.',
    http: [{ status: 413 }],
    retryable: false,
    retry: 'send a smaller request',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    meaning: 'The dashboard server takes operations only as application/json.',
    raisedBy: 'the dashboard server',
    http: [{ status: 415 }],
    retryable: false,
    retry: 'send JSON',
  },
  PERSISTED_QUERY_REQUIRED: {
    meaning: 'The dashboard server answers only persisted operations by hash, never a document sent as text.',
    raisedBy: 'the dashboard server',
    http: [{ status: 400 }],
    retryable: false,
    retry: 'send the hash alone',
  },
  PERSISTED_QUERY_NOT_ALLOWED: {
    meaning: "The hash is not one of the dashboard's own operations.",
    raisedBy: 'the dashboard server',
    http: [{ status: 403 }],
    retryable: false,
    retry: "only the dashboard's operations are forwarded",
  },
  GATEWAY_UNREACHABLE: {
    meaning: 'The dashboard server could not reach the gateway.',
    raisedBy: 'the dashboard server',
    http: [{ status: 502 }],
    retryable: true,
    retry: 'shortly',
  },
} as const satisfies Record<string, ErrorCodeInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** A code another service answered with, passed on as it came (a partner may have its own). */
export type RelayedCode = string & { readonly relayed: true };
export const relayedCode = (code: string): RelayedCode => code as RelayedCode;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CODES, code);
}

/** The one way an error the hub raises is made: its code first in extensions, then the rest. */
export function graphqlError(code: ErrorCode | RelayedCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}
