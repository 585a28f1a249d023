/**
 * Each service's metrics: its own registry (several in one process), served on a management
 * port that answers GET /metrics and nothing else, with client-chosen operation names kept few.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { BoundedLabel, MAX_OPERATION_NAMES, ServiceMetrics } from '../metrics.ts';
import { metricsPort, serveMetrics, type RunningMetrics } from '../metrics-server.ts';
import { cachedCheck } from '../readiness.ts';
import { metricSample as sample } from '@continuum/dev/metrics-text';

describe('service metrics', () => {
  const servers: RunningMetrics[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  it('keeps two services in one process apart: each registry holds only its own counts, labelled with its name', async () => {
    const gateway = new ServiceMetrics('gateway');
    const people = new ServiceMetrics('people');
    gateway.graphqlRequest('PersonTeam', 0.02, ['BAD_USER_INPUT']);
    const gatewayText = await gateway.text();
    const peopleText = await people.text();
    expect(sample(gatewayText, 'continuum_graphql_requests_total', { operation: 'PersonTeam', service: 'gateway' })).toBe(1);
    expect(sample(gatewayText, 'continuum_graphql_errors_total', { operation: 'PersonTeam', code: 'BAD_USER_INPUT' })).toBe(1);
    expect(sample(gatewayText, 'continuum_graphql_request_duration_seconds_count', { operation: 'PersonTeam' })).toBe(1);
    expect(sample(peopleText, 'continuum_graphql_requests_total', { operation: 'PersonTeam' })).toBeUndefined();
  });

  it(`counts at most ${MAX_OPERATION_NAMES} operation names apart; later ones, and overlong ones, as "(other)"`, () => {
    const label = new BoundedLabel(3);
    expect(['a', 'b', 'c', 'd', 'a'].map((n) => label.value(n))).toEqual(['a', 'b', 'c', '(other)', 'a']);
    expect(new BoundedLabel(3).value('x'.repeat(101))).toBe('(other)');
  });

  it("reads the database pool's use at each scrape", async () => {
    const metrics = new ServiceMetrics('people');
    let use = { total: 3, idle: 1, waiting: 0, max: 10 };
    metrics.watchPool(() => use);
    expect(sample(await metrics.text(), 'continuum_db_pool_connections')).toBe(3);
    use = { total: 10, idle: 0, waiting: 4, max: 10 };
    const text = await metrics.text();
    expect(sample(text, 'continuum_db_pool_waiting_requests')).toBe(4);
    expect(sample(text, 'continuum_db_pool_max_connections')).toBe(10);
  });

  it('serves GET /metrics on its management port, with the process metrics (event-loop lag), and nothing else there', async () => {
    const metrics = new ServiceMetrics('training');
    metrics.auditRowsWritten(2);
    const server = await serveMetrics(metrics, { port: 0, host: '127.0.0.1' });
    servers.push(server);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(sample(text, 'continuum_audit_rows_written_total', { service: 'training' })).toBe(2);
    expect(sample(text, 'continuum_audit_write_failures_total')).toBe(0);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
    expect((await fetch(server.url.replace('/metrics', '/'))).status).toBe(404);
    expect((await fetch(server.url, { method: 'POST' })).status).toBe(404);
  });

  it('takes its management port from <NAME>_METRICS_PORT, off when unset, and refuses one that is not a port', () => {
    const saved = process.env.FLINTSHIRE_MICROCARE_METRICS_PORT;
    try {
      delete process.env.FLINTSHIRE_MICROCARE_METRICS_PORT;
      expect(metricsPort('flintshire-microcare')).toBeUndefined();
      process.env.FLINTSHIRE_MICROCARE_METRICS_PORT = '9410';
      expect(metricsPort('flintshire-microcare')).toBe(9410);
      process.env.FLINTSHIRE_MICROCARE_METRICS_PORT = 'ninety';
      expect(() => metricsPort('flintshire-microcare')).toThrow(/FLINTSHIRE_MICROCARE_METRICS_PORT must be a port number/);
    } finally {
      if (saved === undefined) delete process.env.FLINTSHIRE_MICROCARE_METRICS_PORT;
      else process.env.FLINTSHIRE_MICROCARE_METRICS_PORT = saved;
    }
  });

  it('a cached check runs once for a burst of callers and again once its answer is older than its time', async () => {
    let runs = 0;
    const check = cachedCheck(async () => ++runs, 50);
    expect(await Promise.all([check(), check(), check()])).toEqual([1, 1, 1]);
    await new Promise((r) => setTimeout(r, 60));
    expect(await check()).toBe(2);
  });
});
