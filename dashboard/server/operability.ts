/**
 * The dashboard server's probes and metrics. GET /health, /health/live and /health/ready answer
 * JSON (never the page): it is ready when the gateway it forwards to answers its liveness probe.
 * Its metrics (each forwarded operation by name, with the codes of the errors in the answer,
 * and its latency) are served on a management port of its own, DASHBOARD_METRICS_PORT, never
 * beside the pages: GET /metrics here is not found.
 */
import {
  answerProbe,
  cachedCheck,
  PROBE_PATHS,
  serveMetrics,
  ServiceMetrics,
  type Readiness,
  type RunningMetrics,
} from '@continuum/runtime';
import fs from 'node:fs';
import type http from 'node:http';
import { DASHBOARD_OPERATIONS } from './forward.ts';

/** Each persisted operation's name, by hash, from the manifest's documents. */
export function operationNames(file = DASHBOARD_OPERATIONS): Map<string, string> {
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  return new Map(
    Object.entries(manifest).map(([key, document]) => [
      key.replace(/^sha256:/, ''),
      /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(document)?.[1] ?? '(anonymous)',
    ]),
  );
}

export interface DashboardOperabilityOptions {
  gatewayUrl: string;
  operationsFile?: string;
  /** Whether the request comes from the hub's operator, who alone sees what /health/ready checked. */
  isOperator?: (req: http.IncomingMessage) => Promise<boolean>;
  /** How long a readiness answer is reused (default 2,000 ms). */
  readinessCacheMs?: number;
}

const ROUTES = new Set(['/graphql', '/session', '/health', '/metrics', ...PROBE_PATHS]);

export function dashboardOperability(opts: DashboardOperabilityOptions) {
  const metrics = new ServiceMetrics('dashboard');
  const names = operationNames(opts.operationsFile);
  const liveUrl = new URL('/health/live', opts.gatewayUrl);
  const ready = cachedCheck(async (): Promise<Readiness> => {
    const started = performance.now();
    const gateway = await fetch(liveUrl, { signal: AbortSignal.timeout(2_000) })
      .then((res) => (res.ok ? 'ok' : `HTTP ${res.status}`))
      .catch((err: Error) => (err.name === 'TimeoutError' ? 'timed out' : 'unreachable'));
    const latencyMs = Math.round(performance.now() - started);
    return { ready: gateway === 'ok', details: { gateway: { url: opts.gatewayUrl, status: gateway, latencyMs } } };
  }, opts.readinessCacheMs ?? 2_000);

  return {
    metrics,
    /** Answers the probes and refuses /metrics; false for any other path. */
    answer(pathname: string, req: http.IncomingMessage, res: http.ServerResponse): boolean {
      if (PROBE_PATHS.has(pathname)) {
        void answerProbe(pathname, req, res, { ready, isOperator: opts.isOperator });
        return true;
      }
      if (pathname === '/health') {
        // As before the probes: whether it is up, in one word, always 200.
        void ready().then(
          (r) => json(res, 200, { status: r.ready ? 'ok' : 'degraded' }),
          () => json(res, 200, { status: 'degraded' }),
        );
        return true;
      }
      if (pathname === '/metrics') {
        json(res, 404, { error: 'not found' });
        return true;
      }
      return false;
    },
    /** Counts every response by route ("(page)" for the pages and their assets). */
    count(pathname: string, res: http.ServerResponse): void {
      const route = ROUTES.has(pathname) ? pathname : '(page)';
      res.once('finish', () => metrics.httpResponse(route, res.statusCode));
    },
    /** One forwarded (or refused) operation: its name from its hash, its time, and its errors' codes. */
    forwarded(hash: string | undefined, seconds: number, codes: string[]): void {
      metrics.graphqlRequest((hash && names.get(hash)) || '(refused)', seconds, codes);
    },
    serveMetrics: async (port: number | undefined, host?: string): Promise<RunningMetrics | undefined> =>
      port === undefined ? undefined : serveMetrics(metrics, { port, host }),
  };
}

export type DashboardOperability = ReturnType<typeof dashboardOperability>;

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

/** The codes of the errors in a gateway answer (none when it is not JSON). */
export function errorCodes(body: Buffer): string[] {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { errors?: { extensions?: { code?: unknown } }[] };
    return (parsed.errors ?? []).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR'));
  } catch {
    return [];
  }
}
