/**
 * A service's metrics are served on a management port of their own, never beside its public
 * routes: `<NAME>_METRICS_PORT` (GATEWAY_METRICS_PORT, PEOPLE_METRICS_PORT, DASHBOARD_METRICS_PORT,
 * FLINTSHIRE_MICROCARE_METRICS_PORT, …) turns it on, on CONTINUUM_METRICS_HOST (127.0.0.1 by
 * default), so only what can reach that address (Prometheus on the same host or management
 * network) reads them. Off when unset.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { envPrefix } from './config.ts';
import { collectProcessMetrics, METRICS_CONTENT_TYPE, type ServiceMetrics } from './metrics.ts';

/** The management port a service's metrics are served on, from `<NAME>_METRICS_PORT`; undefined when off. */
export function metricsPort(service: string): number | undefined {
  const variable = `${envPrefix(service)}_METRICS_PORT`;
  const raw = process.env[variable];
  if (raw === undefined || raw === '' || raw === 'off') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${variable} must be a port number, got "${raw}"`);
  return n;
}

export function metricsHost(): string {
  return process.env.CONTINUUM_METRICS_HOST ?? '127.0.0.1';
}

export interface RunningMetrics {
  /** http://host:port/metrics */
  url: string;
  close(): Promise<void>;
}

/** Serves GET /metrics (and nothing else) for one service on its management port. */
export async function serveMetrics(metrics: ServiceMetrics, opts: { port: number; host?: string }): Promise<RunningMetrics> {
  collectProcessMetrics();
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: metrics are at GET /metrics');
      return;
    }
    metrics.text().then(
      (text) => res.writeHead(200, { 'content-type': METRICS_CONTENT_TYPE, 'cache-control': 'no-store' }).end(text),
      () => res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics could not be collected'),
    );
  });
  const host = opts.host ?? metricsHost();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
