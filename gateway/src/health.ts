/** GET /health at the gateway: each subgraph's own /health, probed with a short deadline. */
export interface SubgraphState {
  name: string;
  url: string;
  status: 'up' | 'down';
  latencyMs: number;
  reason?: string;
}

export async function subgraphHealth(subgraphs: { name: string; url: string }[], timeoutMs = 2_000) {
  const states = await Promise.all(subgraphs.map((s) => probe(s, timeoutMs)));
  const up = states.filter((s) => s.status === 'up').length;
  return {
    status: up === states.length ? 'ok' : up === 0 ? 'down' : 'degraded',
    subgraphs: states,
  };
}

async function probe(s: { name: string; url: string }, timeoutMs: number): Promise<SubgraphState> {
  const started = performance.now();
  const healthUrl = new URL('/health', s.url).toString();
  try {
    const res = await fetch(healthUrl, { signal: AbortSignal.timeout(timeoutMs) });
    const latencyMs = Math.round(performance.now() - started);
    if (res.ok) return { name: s.name, url: s.url, status: 'up', latencyMs };
    return { name: s.name, url: s.url, status: 'down', latencyMs, reason: `HTTP ${res.status}` };
  } catch (err) {
    return {
      name: s.name,
      url: s.url,
      status: 'down',
      latencyMs: Math.round(performance.now() - started),
      reason: (err as Error).name === 'TimeoutError' ? 'timed out' : (err as Error).message,
    };
  }
}
