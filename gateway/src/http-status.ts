/**
 * HTTP status codes as the GraphQL-over-HTTP specification asks, by the media type answered:
 *
 * - application/graphql-response+json: a request the gateway refuses before running it (a document
 *   that does not parse, fails validation or a limit, names no operation, or whose variables do
 *   not fit) answers 400, with no `data`;
 * - application/json (what a client gets that asks for it, for anything, or sends no Accept): the
 *   same refusals answer 200, since a status other than 2xx may come from any proxy on the way,
 *   and the client reads `errors`.
 *
 * An operation that ran answers 200 in both, errors beside its data. A request that is not a
 * GraphQL request at all (a body that is not JSON, no query) stays 400; an unusable token 401.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import Negotiator from 'negotiator';

/** Codes of a well-formed request refused before it ran. */
const REFUSED_BEFORE_RUNNING = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'COST_LIMIT_EXCEEDED',
  'OPERATION_RESOLUTION_FAILURE',
  'INVALID_GRAPHQL',
]);

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';

/** Whether Apollo Server answers a single result as application/graphql-response+json (its choice, from its list in its order). */
export function answersGraphQLResponseJson(accept: string | undefined): boolean {
  if (!accept) return false;
  const offered = ['application/json; charset=utf-8', GRAPHQL_RESPONSE_JSON, 'application/json; callbackSpec=1.0; charset=utf-8'];
  return new Negotiator({ headers: { accept } }).mediaType(offered) === GRAPHQL_RESPONSE_JSON;
}

export function graphqlOverHttpStatus(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors?.length) return;
          if (!errors.every((e) => REFUSED_BEFORE_RUNNING.has(String(e.extensions?.code)))) return;
          response.http.status = answersGraphQLResponseJson(request.http?.headers.get('accept')) ? 400 : 200;
        },
      };
    },
  };
}
