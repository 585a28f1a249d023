/**
 * What the hub did not mean to say never reaches a client. A refusal we raise carries its own
 * code (BAD_USER_INPUT, NOT_FOUND, FORBIDDEN, …); anything else (a database or ORM error, a
 * programming error, GraphQL's own "cannot return null") would tell a caller about our tables,
 * queries and data. It is answered as a generic INTERNAL_SERVER_ERROR with an error id, and the
 * error itself is logged on the server under the same id, so an operator can find it.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { isDatabaseUnavailable } from './database-unavailable.ts';
import { graphqlError, type ErrorCode } from './error-codes.ts';
import { errorFields, jsonLogger, type Logger } from './logger.ts';

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';
const INTERNAL: ErrorCode = 'INTERNAL_SERVER_ERROR';

/** One log entry: the id the client was given, where, and what happened. */
export function logInternalError(errorId: string, where: string, err: unknown, logger: Logger = jsonLogger): void {
  logger.error('internal error', { errorId, where, ...errorFields(err) });
}

/** An error already answered generically (by a subgraph, say) keeps its id: one id per failure. */
function alreadyMasked(formatted: GraphQLFormattedError): boolean {
  return formatted.message === INTERNAL_ERROR_MESSAGE && typeof formatted.extensions?.errorId === 'string';
}

/** The client's view of one error: as raised when we meant it, else generic with an id (and logged). */
export function maskInternalError(
  formatted: GraphQLFormattedError,
  error: unknown,
  where: string,
  logger: Logger = jsonLogger,
): GraphQLFormattedError {
  // A refusal carries its own code (a subgraph's travels through the gateway with it); anything
  // else, a thrown Error included, is formatted as INTERNAL_SERVER_ERROR.
  const code = formatted.extensions?.code;
  if ((code !== undefined && code !== INTERNAL) || alreadyMasked(formatted)) return formatted;
  const original = unwrapResolverError(error);
  const serviceName = formatted.extensions?.serviceName;
  // A database that is restarting or unreachable is no fault in our code: said plainly, and the request can be retried.
  if (isDatabaseUnavailable(original)) {
    logger.warn('database unavailable', { where, ...errorFields(original) });
    const unavailable = graphqlError('DATABASE_UNAVAILABLE', 'The database could not be reached just now; try again shortly.', {
      serviceName: serviceName ?? where,
    }).toJSON();
    return { ...unavailable, ...(formatted.path ? { path: formatted.path } : {}) };
  }
  const errorId = randomUUID();
  logInternalError(errorId, where, original ?? formatted, logger);
  return {
    message: INTERNAL_ERROR_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: INTERNAL, errorId, ...(serviceName ? { serviceName } : {}) },
  };
}
