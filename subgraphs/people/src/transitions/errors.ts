import { graphqlError, GraphRefusedError, GraphUnavailableError, relayedCode } from '@continuum/runtime';
import type { GraphQLError } from 'graphql';

/** NOT_FOUND for something named in an input (kit's notFound() words it for an entity's own id). */
export function notFoundAt(field: string, reason: string): GraphQLError {
  return graphqlError('NOT_FOUND', `Not found at ${field}: ${reason}`, { field, reason });
}

/**
 * A check that needs another agency's data cannot be made while the graph is unreachable:
 * the caller may try again later, so the error says so instead of guessing an answer.
 */
export function unavailable(err: GraphUnavailableError, what: string): GraphQLError {
  return graphqlError('SUBGRAPH_UNAVAILABLE', `${what} cannot be checked right now: ${err.message}`, { reason: err.message });
}

/** A field computed across the graph: unreachable or refused becomes this field's error (the field is null). */
export function graphFieldError(err: unknown, what: string): unknown {
  if (err instanceof GraphUnavailableError) return unavailable(err, what);
  if (err instanceof GraphRefusedError)
    return graphqlError(relayedCode(err.code), `${what} could not be worked out: ${err.message}`, { reason: err.reason ?? err.message });
  return err;
}
