import { GraphRefusedError, GraphUnavailableError, notFound, type GraphClient } from '@continuum/kit';
import { GraphQLError } from 'graphql';

export interface TransitionAsSeen {
  id: string;
  status: string;
  parties: { funderKind: 'COUNCIL' | 'HEALTH'; funderCode: string }[];
}

const TRANSITION = `query TransitionForFunder($id: ID!) { transition(id: $id) { id status parties { funderKind funderCode } } }`;

/**
 * The transition as its coordinator (the people subgraph) holds it, asked through the gateway.
 * Unknown → NOT_FOUND on transitionId. When the graph cannot be reached the answer is a
 * retryable SUBGRAPH_UNAVAILABLE error: nothing is written without the check.
 */
export async function fetchTransition(graph: GraphClient, transitionId: string): Promise<TransitionAsSeen> {
  let data: { transition: TransitionAsSeen | null };
  try {
    data = await graph.request(TRANSITION, { id: transitionId });
  } catch (err) {
    if (err instanceof GraphUnavailableError) {
      throw new GraphQLError(`The transition could not be checked, so no answer was recorded: ${err.message}. Try again shortly.`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', field: 'transitionId', reason: 'the hub holding the transition cannot be reached' },
      });
    }
    if (err instanceof GraphRefusedError) {
      throw new GraphQLError(err.message, { extensions: { code: err.code, field: 'transitionId', reason: err.reason ?? err.message } });
    }
    throw err;
  }
  if (!data.transition) throw notFound('Transition', 'transitionId', transitionId);
  return data.transition;
}
