/**
 * The dashboard server's log and request ids: each forwarded operation keeps the browser's
 * well-formed x-request-id (or gets one), answers it, passes it to the gateway and writes one
 * JSON access line under it; a gateway it cannot reach is logged as a warning under the same id.
 */
import { generateSigningKey } from '@continuum/access';
import { pinoLogger } from '@continuum/runtime';
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

const HASH = Object.keys(JSON.parse(fs.readFileSync(DASHBOARD_OPERATIONS, 'utf8')) as Record<string, string>)[0]!.replace(/^sha256:/, '');
const BODY = JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } });

describe("the dashboard server's request ids and log", () => {
  const lines: Record<string, unknown>[] = [];
  const gatewaySaw: http.IncomingHttpHeaders[] = [];
  let gateway: http.Server;
  let dashboard: RunningDashboard;
  let unreachable: RunningDashboard;

  const post = async (server: RunningDashboard, headers: Record<string, string> = {}) => {
    const res = await fetch(new URL('/graphql', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: BODY,
    });
    await res.text();
    return { status: res.status, requestId: res.headers.get('x-request-id') };
  };
  /** The lines written for a request, once its answer has been sent. */
  const linesOf = async (requestId: string) => {
    for (let i = 0; i < 50 && !lines.some((l) => l.requestId === requestId && l.msg === 'request'); i++)
      await new Promise((r) => setTimeout(r, 20));
    return lines.filter((l) => l.requestId === requestId);
  };

  beforeAll(async () => {
    gateway = http.createServer((req, res) => {
      gatewaySaw.push(req.headers);
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{}}'));
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'dashboard-dist-'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Dashboards</title>');
    const logger = pinoLogger({ level: 'debug', destination: { write: (line: string) => void lines.push(JSON.parse(line)) } });
    const signIn = signInAsDemoCommissioner(await generateSigningKey());
    dashboard = await startDashboardServer({
      port: 0,
      gatewayUrl: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/graphql`,
      signIn,
      distDir: dist,
      logger,
    });
    // Port 9 on loopback: nothing listens there.
    unreachable = await startDashboardServer({ port: 0, gatewayUrl: 'http://127.0.0.1:9/graphql', signIn, distDir: dist, logger });
  });
  afterAll(async () => {
    await dashboard?.stop();
    await unreachable?.stop();
    await new Promise((resolve) => gateway.close(resolve));
  });

  it("keeps the browser's x-request-id, answers it, passes it to the gateway and logs the request under it", async () => {
    const { status, requestId } = await post(dashboard, { 'x-request-id': 'dash-1' });
    assert.equal(status, 200);
    assert.equal(requestId, 'dash-1');
    assert.equal(gatewaySaw.at(-1)?.['x-request-id'], 'dash-1');
    const [line] = (await linesOf('dash-1')).filter((l) => l.msg === 'request');
    assert.deepEqual([line?.level, line?.service, line?.path, line?.status], ['info', 'dashboard', '/graphql', 200]);
  });

  it('gives a request without one an id of its own, and passes that on', async () => {
    const { requestId } = await post(dashboard);
    assert.match(String(requestId), /^[0-9a-f-]{36}$/);
    assert.equal(gatewaySaw.at(-1)?.['x-request-id'], requestId);
  });

  it('logs a gateway it cannot reach as a warning under the request id', async () => {
    const { status } = await post(unreachable, { 'x-request-id': 'dash-down' });
    assert.equal(status, 502);
    const warning = (await linesOf('dash-down')).find((l) => l.msg === 'gateway unreachable');
    assert.equal(warning?.level, 'warn');
  });
});
