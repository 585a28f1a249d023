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

/** GET /health/ready at the gateway: each subgraph's own readiness probe, with a short deadline. */
export interface SubgraphReadiness {
  name: string;
  url: string;
  status: 'ready' | 'unready';
  latencyMs: number;
  reason?: string;
  /** What the subgraph said of itself (its database, its migrations). */
  checks?: Record<string, unknown>;
}

/**
 * Asks each subgraph's GET /health/ready, as the hub's service (so it says what it checked).
 * A subgraph that is down, slow or not ready makes it unready.
 */
export async function subgraphReadiness(
  subgraphs: { name: string; url: string }[],
  opts: { authorization: () => Promise<string>; timeoutMs?: number },
): Promise<SubgraphReadiness[]> {
  const authorization = await opts.authorization();
  return Promise.all(subgraphs.map((s) => probeReady(s, authorization, opts.timeoutMs ?? 2_000)));
}

async function probeReady(s: { name: string; url: string }, authorization: string, timeoutMs: number): Promise<SubgraphReadiness> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const res = await fetch(new URL('/health/ready', s.url), { headers: { authorization }, signal: AbortSignal.timeout(timeoutMs) });
    const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    const { status: _said, ...checks } = body;
    return {
      name: s.name,
      url: s.url,
      status: res.status === 200 ? 'ready' : 'unready',
      latencyMs: elapsed(),
      ...(res.status === 200 ? {} : { reason: `HTTP ${res.status}` }),
      ...(Object.keys(checks).length ? { checks } : {}),
    };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    const reason = e.name === 'TimeoutError' ? 'timed out' : (e.cause?.code ?? e.message);
    return { name: s.name, url: s.url, status: 'unready', latencyMs: elapsed(), reason };
  }
}
