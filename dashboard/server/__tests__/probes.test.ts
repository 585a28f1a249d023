/**
 * The dashboard server's probes and metrics: /health, /health/live and /health/ready answer JSON,
 * never the page; it is ready while the gateway answers its liveness probe; the hub's operator
 * sees what was checked; its metrics are on a management port, and GET /metrics beside the pages
 * is not found. The gateway here is a small HTTP server that can be told to fail.
 */
import { DEFAULT_AUDIENCE, generateSigningKey, localKeySet, operatorCheck, signServiceToken, type SigningKey } from '@continuum/access';
import { metricSample } from '@continuum/dev/metrics-text';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { DASHBOARD_OPERATIONS } from '../forward.ts';
import { startDashboardServer, type RunningDashboard } from '../serve.ts';
import { signInAsDemoCommissioner } from '../sign-in.ts';

const manifest = JSON.parse(fs.readFileSync(DASHBOARD_OPERATIONS, 'utf8')) as Record<string, string>;
const FILTERS = Object.keys(manifest)
  .find((key) => manifest[key]!.includes('DashboardFilterOptions'))!
  .replace(/^sha256:/, '');

describe("the dashboard server's probes and metrics", () => {
  let gatewayUp = true;
  let gateway: http.Server;
  let dashboard: RunningDashboard;
  let services: SigningKey;

  const get = async (route: string, headers: Record<string, string> = {}) => {
    const res = await fetch(new URL(route, dashboard.url), { headers });
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
  };

  beforeAll(async () => {
    gateway = http.createServer((req, res) => {
      if (!gatewayUp) return void res.writeHead(503, { 'content-type': 'application/json' }).end('{"status":"down"}');
      if (req.url === '/health/live') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"live"}');
      req.resume();
      req.on('end', () =>
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(
            JSON.stringify({ data: null, errors: [{ message: 'councils is unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }] }),
          ),
      );
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'dashboard-dist-'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Dashboards</title>');
    services = await generateSigningKey();
    dashboard = await startDashboardServer({
      port: 0,
      gatewayUrl: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/graphql`,
      signIn: signInAsDemoCommissioner(await generateSigningKey()),
      distDir: dist,
      isOperator: operatorCheck(localKeySet(services.jwks), DEFAULT_AUDIENCE),
      metricsPort: 0,
      readinessCacheMs: 0,
    });
  });
  afterAll(async () => {
    await dashboard.stop();
    await new Promise((resolve) => gateway.close(resolve));
  });

  it('GET /health answers JSON saying it is up, not the dashboard page', async () => {
    const res = await get('/health');
    assert.equal(res.status, 200);
    assert.match(res.type ?? '', /^application\/json/);
    assert.deepEqual(JSON.parse(res.text), { status: 'ok' });
  });

  it('GET /health/live answers 200 {"status":"live"}', async () => {
    const res = await get('/health/live');
    assert.deepEqual([res.status, JSON.parse(res.text)], [200, { status: 'live' }]);
  });

  it('GET /health/ready answers 200 and one word to anyone, and what it checked to the operator only', async () => {
    assert.deepEqual(JSON.parse((await get('/health/ready')).text), { status: 'ready' });
    const forged = await signServiceToken(await generateSigningKey(), 'operator', DEFAULT_AUDIENCE);
    assert.deepEqual(JSON.parse((await get('/health/ready', { authorization: `Bearer ${forged}` })).text), { status: 'ready' });
    const token = await signServiceToken(services, 'operator', DEFAULT_AUDIENCE);
    const res = await get('/health/ready', { authorization: `Bearer ${token}` });
    assert.equal(res.status, 200);
    const body = JSON.parse(res.text);
    assert.equal(body.status, 'ready');
    assert.equal(body.gateway.status, 'ok');
  });

  it('is not ready (503) while the gateway is down, and still live; /health says "degraded"', async () => {
    gatewayUp = false;
    try {
      const ready = await get('/health/ready');
      assert.deepEqual([ready.status, JSON.parse(ready.text)], [503, { status: 'unready' }]);
      assert.equal((await get('/health/live')).status, 200);
      assert.deepEqual(JSON.parse((await get('/health')).text), { status: 'degraded' });
    } finally {
      gatewayUp = true;
    }
  });

  it('GET /metrics beside the pages is not found (not the page either)', async () => {
    const res = await get('/metrics');
    assert.equal(res.status, 404);
    assert.doesNotMatch(res.text, /Dashboards|continuum_/);
  });

  it('counts each forwarded operation by name on its management port, with the codes of the errors the gateway answered', async () => {
    const res = await fetch(new URL('/graphql', dashboard.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: FILTERS } } }),
    });
    assert.equal(res.status, 200);
    await fetch(new URL('/graphql', dashboard.url), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    assert.match(dashboard.metricsUrl ?? '', /^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    const text = await (await fetch(dashboard.metricsUrl!)).text();
    assert.equal(metricSample(text, 'continuum_graphql_requests_total', { operation: 'DashboardFilterOptions', service: 'dashboard' }), 1);
    assert.equal(
      metricSample(text, 'continuum_graphql_errors_total', { operation: 'DashboardFilterOptions', code: 'SUBGRAPH_UNAVAILABLE' }),
      1,
    );
    assert.equal(metricSample(text, 'continuum_graphql_errors_total', { operation: '(refused)', code: 'UNSUPPORTED_MEDIA_TYPE' }), 1);
    assert.equal(metricSample(text, 'continuum_http_responses_total', { route: '/metrics', status: '404' }), 1);
  });
});
