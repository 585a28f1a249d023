/**
 * A gateway may take its supergraph from a registry run elsewhere, through that project's own
 * client: Hive's CDN (@graphql-hive/apollo) or Apollo Uplink (@apollo/gateway). Neither service
 * can be reached from a test, so each is stood in for by an HTTP server speaking its protocol as
 * the clients use it (Hive: GET <endpoint>/supergraph with X-Hive-CDN-Key and ETags; Uplink: the
 * routerConfig query, answering RouterConfigResult or FetchError), in front of the hub's real
 * subgraphs.
 */
import { gatewayAuthConfig, managedSourceFromEnvironment, startGateway, type RunningGateway } from '@continuum/gateway';
import { postGraphQL, waitFor } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { SUPERGRAPH_FILE } from '../scripts/hub.ts';
import { operatorHealth, startTestHub, type TestHub } from './helpers.ts';

const SUPERGRAPH = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
const QUERY = '{ councils { gssCode } }';

/** An HTTP server on a free port; `handle` answers every request. */
async function serve(handle: (req: http.IncomingMessage, body: string, res: http.ServerResponse) => void) {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => handle(req, body, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Hive's CDN as its client asks it: the key in X-Hive-CDN-Key, the artifact with an ETag, 304 when unchanged. */
async function hiveCdn(key: string) {
  const cdn = { sdl: SUPERGRAPH, requests: 0 };
  const server = await serve((req, _body, res) => {
    cdn.requests++;
    if (req.url !== '/artifacts/v1/continuum/supergraph') return void res.writeHead(404).end('Not Found');
    if (req.headers['x-hive-cdn-key'] !== key) return void res.writeHead(403).end('Forbidden');
    const etag = `"${crypto.createHash('sha256').update(cdn.sdl).digest('hex')}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'text/plain', etag }).end(cdn.sdl);
  });
  return Object.assign(cdn, server, { endpoint: `${server.url}/artifacts/v1/continuum` });
}

/** Apollo Uplink as its client asks it: the routerConfig query with the key and graph ref. */
async function apolloUplink(apiKey: string, graphRef: string) {
  return serve((_req, body, res) => {
    const { variables } = JSON.parse(body) as { variables: { apiKey: string; ref: string } };
    const routerConfig =
      variables.apiKey === apiKey && variables.ref === graphRef
        ? { __typename: 'RouterConfigResult', id: 'composition-1', supergraphSdl: SUPERGRAPH, minDelaySeconds: 30 }
        : { __typename: 'FetchError', code: 'AUTHENTICATION_FAILED', message: 'invalid API key or graph ref' };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { routerConfig } }));
  });
}

describe('a supergraph from Hive CDN or Apollo Uplink', () => {
  let hub: TestHub;
  const gateways: RunningGateway[] = [];
  const closers: (() => Promise<unknown>)[] = [];
  const start = async (supergraph: Parameters<typeof startGateway>[0]['supergraph']) => {
    const gateway = await startGateway({
      supergraph,
      urls: Object.fromEntries(hub.subgraphs.map((s) => [s.name, s.url])),
      port: 0,
      auth: gatewayAuthConfig(hub.keys, hub.accessStore),
      mode: 'development',
    });
    gateways.push(gateway);
    return gateway;
  };
  const ask = async (gateway: RunningGateway) => postGraphQL(gateway.url, QUERY, undefined, await hub.bearer('phb-lead.icb'));

  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => {
    for (const g of gateways) await g.stop();
    for (const close of closers) await close();
    await hub?.stop();
  });

  it("serves Hive CDN's supergraph, loads each new one it publishes, and keeps serving the last good one when a published one is broken", async () => {
    const cdn = await hiveCdn('cdn-key');
    closers.push(cdn.close);
    const gateway = await start({ hiveCdn: { endpoint: cdn.endpoint, key: 'cdn-key', pollMs: 100 } });
    const res: any = await ask(gateway);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.ok(res.data.councils.length > 0);
    const health = await operatorHealth({ gatewayUrl: gateway.url } as TestHub);
    assert.equal(health.body.supergraph.source, `Hive CDN ${cdn.endpoint}`);
    const first = health.body.supergraph.sha256;

    cdn.sdl = `${SUPERGRAPH}\n# published again\n`;
    await waitFor(async () => (await operatorHealth({ gatewayUrl: gateway.url } as TestHub)).body.supergraph.sha256 !== first, {
      message: 'the new supergraph to be loaded',
    });
    const before = cdn.requests;
    await waitFor(() => cdn.requests > before + 2, { message: 'further polls' });
    assert.equal(gateway.supergraph.status().lastError, undefined, 'unchanged artifacts (304) are not offered again');

    cdn.sdl = 'type Query { broken';
    await waitFor(() => gateway.supergraph.status().lastError, { message: 'the broken supergraph to be refused' });
    const still: any = await ask(gateway);
    assert.equal(still.errors, undefined, 'the last good supergraph keeps serving');
  });

  it('refuses to start on a Hive CDN key the CDN does not accept, saying what it was told', async () => {
    const cdn = await hiveCdn('cdn-key');
    closers.push(cdn.close);
    await assert.rejects(start({ hiveCdn: { endpoint: cdn.endpoint, key: 'wrong-key', pollMs: 100 } }), (err: Error) => {
      assert.match(err.message, new RegExp(`^cannot load the supergraph from Hive CDN ${cdn.endpoint}: `));
      assert.match(err.message, /403/);
      return true;
    });
  });

  it("serves Apollo Uplink's supergraph for its key and graph ref, and refuses to start on a key Uplink refuses", async () => {
    const uplink = await apolloUplink('service:continuum:key', 'continuum@current');
    closers.push(uplink.close);
    const gateway = await start({
      apolloUplink: { apiKey: 'service:continuum:key', graphRef: 'continuum@current', endpoints: [uplink.url], retries: 0 },
    });
    const res: any = await ask(gateway);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.ok(res.data.councils.length > 0);
    assert.equal(gateway.supergraph.status().source, 'Apollo Uplink continuum@current');
    await assert.rejects(
      start({ apolloUplink: { apiKey: 'service:someone-else', graphRef: 'continuum@current', endpoints: [uplink.url], retries: 0 } }),
      (err: Error) => /^cannot load the supergraph from Apollo Uplink continuum@current: AUTHENTICATION_FAILED/.test(err.message),
    );
  });

  it('takes the source from HIVE_CDN_ENDPOINT and HIVE_CDN_KEY, or APOLLO_KEY and APOLLO_GRAPH_REF, refusing half a pair or both', () => {
    assert.equal(managedSourceFromEnvironment({}), null);
    assert.deepEqual(managedSourceFromEnvironment({ HIVE_CDN_ENDPOINT: 'https://cdn.example/artifacts/v1/x', HIVE_CDN_KEY: 'k' }), {
      hiveCdn: { endpoint: 'https://cdn.example/artifacts/v1/x', key: 'k' },
    });
    assert.deepEqual(
      managedSourceFromEnvironment({
        APOLLO_KEY: 'service:x',
        APOLLO_GRAPH_REF: 'g@v',
        APOLLO_SCHEMA_CONFIG_DELIVERY_ENDPOINT: 'https://a, https://b',
      }),
      { apolloUplink: { apiKey: 'service:x', graphRef: 'g@v', endpoints: ['https://a', 'https://b'] } },
    );
    assert.throws(() => managedSourceFromEnvironment({ HIVE_CDN_ENDPOINT: 'https://cdn.example' }), /set HIVE_CDN_KEY as well/);
    assert.throws(() => managedSourceFromEnvironment({ APOLLO_GRAPH_REF: 'g@v' }), /set APOLLO_KEY as well/);
    assert.throws(
      () => managedSourceFromEnvironment({ HIVE_CDN_ENDPOINT: 'e', HIVE_CDN_KEY: 'k', APOLLO_KEY: 'a', APOLLO_GRAPH_REF: 'g' }),
      /Choose one registry/,
    );
  });
});
