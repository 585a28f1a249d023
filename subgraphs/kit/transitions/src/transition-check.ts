import { notFound, graphFailureOn, type GraphClient } from '@continuum/runtime';

export interface TransitionAsSeen {
  id: string;
  status: string;
  parties: { funderKind: 'COUNCIL' | 'HEALTH'; funderCode: string }[];
}

const TRANSITION = `query TransitionForFunder($id: ID!) { transition(id: $id) { id status parties { funderKind funderCode } } }`;

/**
 * The transition as its coordinator (the people subgraph) holds it, asked through the gateway.
 * Unknown → NOT_FOUND on transitionId. When the graph cannot be reached the answer is a
 * retryable SUBGRAPH_UNAVAILABLE error: nothing is written without the check. `notWritten`
 * finishes "The transition could not be checked, so …" (e.g. "nothing was recorded").
 */
export async function fetchTransition(graph: GraphClient, transitionId: string, notWritten: string): Promise<TransitionAsSeen> {
  let data: { transition: TransitionAsSeen | null };
  try {
    data = await graph.request<typeof data>(TRANSITION, { id: transitionId });
  } catch (err) {
    throw graphFailureOn(err, 'transitionId', {
      message: `The transition could not be checked, so ${notWritten}`,
      reason: 'the hub holding the transition cannot be reached',
    });
  }
  if (!data.transition) throw notFound('Transition', 'transitionId', transitionId);
  return data.transition;
}
