import type { ServiceMetrics } from '@continuum/runtime';

/**
 * Times one call from the gateway to a subgraph and counts it as failed when it does not come
 * back (SUBGRAPH_TIMEOUT, SUBGRAPH_UNAVAILABLE: the code of the error it was turned into) or
 * comes back with an HTTP error status (HTTP_<status>).
 */
export async function measureFetch(metrics: ServiceMetrics, subgraph: string, call: () => Promise<Response>): Promise<Response> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  try {
    const res = await call();
    metrics.subgraphFetched(subgraph, seconds(), res.status >= 400 ? `HTTP_${res.status}` : undefined);
    return res;
  } catch (err) {
    const code = (err as { extensions?: { code?: unknown } }).extensions?.code;
    metrics.subgraphFetched(subgraph, seconds(), typeof code === 'string' ? code : 'FETCH_FAILED');
    throw err;
  }
}
