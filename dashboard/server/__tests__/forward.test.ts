/**
 * The dashboard's server passes on to the gateway only the dashboard's own persisted operations,
 * as JSON POSTs: a text/plain or form post (what another site can make a browser send) gets 415,
 * a query sent as text 400, an operation not in the manifest 403, and none of them reaches the
 * gateway with the commissioner's token. The gateway here is a small HTTP server that records
 * what arrives.
 */
import { generateSigningKey } from '@continuum/access';
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
const [knownKey, knownDocument] = Object.entries(manifest).find(([, doc]) => doc.includes('DashboardFilterOptions'))!;
const KNOWN = knownKey.replace(/^sha256:/, '');
const STRANGER = 'f'.repeat(64);

describe("the dashboard's server forwards only the dashboard's operations", () => {
  const arrived: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  let gateway: http.Server;
  let dashboard: RunningDashboard;
  let url: string;

  beforeAll(async () => {
    gateway = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        arrived.push({ headers: req.headers, body });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { councils: [], healthBodies: [] } }));
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'dashboard-dist-'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Dashboards</title>');
    dashboard = await startDashboardServer({
      port: 0,
      gatewayUrl: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/graphql`,
      signIn: signInAsDemoCommissioner(await generateSigningKey()),
      distDir: dist,
    });
    url = `${dashboard.url}graphql`;
  });
  afterAll(async () => {
    await dashboard.stop();
    await new Promise<void>((resolve) => gateway.close(() => resolve()));
  });

  const post = (contentType: string, body: string) => fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });
  const persisted = (hash: string, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ variables: {}, extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, ...extra });

  it('forwards a persisted operation of its manifest, by hash alone, with the commissioner token', async () => {
    const before = arrived.length;
    const res = await post('application/json; charset=utf-8', persisted(KNOWN));
    assert.equal(res.status, 200);
    assert.equal(arrived.length, before + 1);
    const sent = arrived.at(-1)!;
    assert.deepEqual(JSON.parse(sent.body), { variables: {}, extensions: { persistedQuery: { version: 1, sha256Hash: KNOWN } } });
    assert.match(String(sent.headers.authorization), /^Bearer /);
    assert.equal(sent.body.includes(knownDocument), false, 'the document itself is never sent by the dashboard');
  });

  const refusals: [string, () => Promise<Response>, number, string][] = [
    [
      'a text/plain post of a query (what any web page can make a browser send)',
      () => post('text/plain', JSON.stringify({ query: '{ people(first: 1) { totalCount } }' })),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['a text/plain post of a persisted operation', () => post('text/plain', persisted(KNOWN)), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    [
      'a form post',
      () => post('application/x-www-form-urlencoded', 'query=%7B%20people%20%7B%20totalCount%20%7D%20%7D'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a multipart post',
      () =>
        post(
          'multipart/form-data; boundary=x',
          '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ people { totalCount } }\r\n--x--',
        ),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a JSON post of a query as text',
      () => post('application/json', JSON.stringify({ query: '{ people(first: 1) { totalCount } }' })),
      400,
      'PERSISTED_QUERY_REQUIRED',
    ],
    [
      'a JSON post of a known hash with a document beside it',
      () => post('application/json', persisted(KNOWN, { query: '{ people(first: 1) { totalCount } }' })),
      400,
      'PERSISTED_QUERY_REQUIRED',
    ],
    ['a JSON post of a hash not in the manifest', () => post('application/json', persisted(STRANGER)), 403, 'PERSISTED_QUERY_NOT_ALLOWED'],
    ['a JSON batch', () => post('application/json', `[${persisted(KNOWN)}]`), 400, 'BAD_REQUEST'],
    ['a body that is not JSON', () => post('application/json', '{ people'), 400, 'BAD_REQUEST'],
  ];
  for (const [name, send, status, code] of refusals) {
    it(`refuses ${name} with ${status} ${code}, forwarding nothing`, async () => {
      const before = arrived.length;
      const res = await send();
      assert.equal(res.status, status);
      const body: any = await res.json();
      assert.equal(body.errors?.[0]?.extensions?.code, code);
      assert.equal(arrived.length, before, 'nothing reached the gateway');
    });
  }

  it('answers GET on /graphql with 405', async () => {
    const before = arrived.length;
    assert.equal((await fetch(`${url}?query=%7B__typename%7D`)).status, 405);
    assert.equal(arrived.length, before);
  });
});
