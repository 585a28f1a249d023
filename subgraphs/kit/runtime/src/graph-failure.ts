import type { GraphQLError } from 'graphql';
import { graphqlError, relayedCode } from './error-codes.ts';
import { GraphRefusedError, GraphUnavailableError } from './graph-client.ts';

/**
 * Turns a failed graph request into the error its caller's client sees, on the input that
 * needed the graph: unreachable → retryable SUBGRAPH_UNAVAILABLE (`message` says what was not
 * done, `reason` why); refused → the refusal's own code. Anything else is rethrown as it is.
 */
export function graphFailureOn(err: unknown, field: string, unavailable: { message: string; reason: string }): GraphQLError {
  if (err instanceof GraphUnavailableError) {
    return graphqlError('SUBGRAPH_UNAVAILABLE', `${unavailable.message}: ${err.message}. Try again shortly.`, {
      field,
      reason: unavailable.reason,
    });
  }
  if (err instanceof GraphRefusedError) {
    return graphqlError(relayedCode(err.code), err.message, { field, reason: err.reason ?? err.message });
  }
  throw err;
}
