import type { GraphError, Loaded } from '../api';

/** The micro-care page's two answers: the historic programme figures, and the partner's current ones or why they are missing. */
export interface MicroCareAnswers<H, C> {
  historic: H;
  current: C | null;
  currentError: GraphError | null;
}

/**
 * The page stands on the historic figures (support, always in the graph); the current ones come
 * from the partner subgraph, and their failure (the partner not published, or not answering)
 * empties only their part of the page. The page waits for both before showing either.
 */
export function withCurrent<H, C>(historic: Loaded<H>, current: Loaded<C>): Loaded<MicroCareAnswers<H, C>> {
  const settled = !current.loading;
  return {
    data: historic.data && settled ? { historic: historic.data, current: current.data, currentError: current.error } : null,
    error: historic.error,
    loading: historic.loading || current.loading,
    retry: () => {
      historic.retry();
      current.retry();
    },
  };
}
