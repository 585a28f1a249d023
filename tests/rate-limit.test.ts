import { DEFAULT_AUDIENCE, DEMO_ISSUER, generateSigningKey, localKeySet, signServiceToken, signUserToken } from '@continuum/access';
import { demoUser } from '@continuum/demo';
import { gatewayAuthConfig, rateLimitFromEnvironment, startGateway, type RunningGateway } from '@continuum/gateway';
import { quietLogger } from '@continuum/runtime';
import { waitFor } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { SUPERGRAPH_FILE } from '../scripts/hub.ts';
import { startTestHub, type TestHub } from './helpers.ts';
import { startRedisServer, type TestRedis } from './redis-server.ts';
import { DASHBOARD_OPERATIONS } from '../dashboard/server/forward.ts';
import { FORWARDED_TOKEN_HEADER, signInFromForwardedToken } from '../dashboard/server/forwarded-sign-in.ts';
import { startDashboardServer, type RunningDashboard } from '../dashboard/server/serve.ts';

const LIMIT = 5;
const QUERY = '{ councils { gssCode } }';

describe('per-caller rate limits and persisted operations shared by gateway replicas through Redis', () => {
  let hub: TestHub;
  let redis: TestRedis;
  let dashboard: RunningDashboard | undefined;
  const gateways: RunningGateway[] = [];

  /** Another gateway in front of the hub's subgraphs, as a replica would be. */
  const replica = async (opts: { redisUrl?: string; limit?: number; persistedOperationManifests?: string[] }) => {
    const gateway = await startGateway({
      auth: gatewayAuthConfig(hub.keys, hub.accessStore),
      mode: 'development',
      supergraph: { path: SUPERGRAPH_FILE },
      urls: Object.fromEntries(hub.subgraphs.map((s) => [s.name, s.url])),
      port: 0,
      logger: quietLogger,
      rateLimit: { limit: opts.limit ?? LIMIT, windowMs: 60_000 },
      redisUrl: opts.redisUrl,
      persistedOperationManifests: opts.persistedOperationManifests,
    });
    gateways.push(gateway);
    return gateway;
  };
  const post = async (gateway: RunningGateway, headers: Record<string, string>, body: Record<string, unknown> = { query: QUERY }) => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      contentType: res.headers.get('content-type'),
      body: await res.json(),
    };
  };

  beforeAll(async () => {
    redis = await startRedisServer();
    hub = await startTestHub();
  });
  afterAll(async () => {
    await dashboard?.stop();
    for (const g of gateways) await g.stop();
    await hub?.stop();
    await redis?.stop();
  });

  it("counts one caller's requests across two gateways sharing Redis: the sixth is answered 429 with Retry-After and a GraphQL error, and another caller is not held back", async () => {
    const [a, b] = [await replica({ redisUrl: redis.url }), await replica({ redisUrl: redis.url })];
    const worker = await hub.bearer('social-worker.newcastle');
    const answers = [];
    for (const gateway of [a, b, a, b, a]) answers.push(await post(gateway, worker));
    assert.deepEqual(
      answers.map((r) => r.status),
      [200, 200, 200, 200, 200],
      JSON.stringify(answers.map((r) => r.body)),
    );
    const refused = await post(b, worker);
    assert.equal(refused.status, 429);
    const retryAfter = Number(refused.retryAfter);
    assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, `Retry-After ${refused.retryAfter}`);
    assert.match(refused.contentType ?? '', /^application\/(graphql-response\+)?json/);
    assert.equal(refused.body.data, undefined);
    assert.equal(refused.body.errors.length, 1);
    const [error] = refused.body.errors;
    assert.equal(error.extensions.code, 'RATE_LIMITED');
    assert.equal(error.extensions.retryAfterSeconds, retryAfter);
    assert.equal(error.extensions.limit, LIMIT);
    assert.equal(error.extensions.windowSeconds, 60);
    assert.equal(error.extensions.http, undefined);
    assert.match(error.message, /^Too many requests: at most 5 every 60 s; try again in \d+ s$/);
    // The other gateway refuses the same caller too: one window, wherever they ask.
    assert.equal((await post(a, worker)).status, 429);
    // Another user has a window of their own.
    const other = await post(a, await hub.bearer('phb-lead.icb'));
    assert.equal(other.status, 200, JSON.stringify(other.body));
  });

  it("never limits the hub's own services (a transition's steps ask the graph through the gateway)", async () => {
    const gateway = await replica({ redisUrl: redis.url, limit: 2 });
    const token = await signServiceToken(hub.keys.services, 'hub', DEFAULT_AUDIENCE);
    for (let i = 0; i < 4; i++) assert.equal((await post(gateway, { authorization: `Bearer ${token}` })).status, 200);
  });

  it('limits callers without a token by their address', async () => {
    const gateway = await replica({ limit: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(gateway, {})).status);
    assert.deepEqual(statuses, [200, 200, 429]);
  });

  it('counts in memory without Redis: each gateway keeps its own window', async () => {
    const [a, b] = [await replica({ limit: 2 }), await replica({ limit: 2 })];
    const caller = await hub.bearer('chc-nurse.icb');
    const statuses = [];
    for (const gateway of [a, a, b, b, a, b]) statuses.push((await post(gateway, caller)).status);
    assert.deepEqual(statuses, [200, 200, 200, 200, 429, 429]);
  });

  it('answers an operation registered by automatic persisted queries at one gateway by its hash alone at the other', async () => {
    const [a, b] = [await replica({ redisUrl: redis.url, limit: 100 }), await replica({ redisUrl: redis.url, limit: 100 })];
    const caller = await hub.bearer('commissioner.icb');
    const query = '{ councils { gssCode name } }';
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const unknown = await post(b, caller, { extensions: { persistedQuery } });
    assert.equal(unknown.body.errors?.[0].extensions.code, 'PERSISTED_QUERY_NOT_FOUND');
    const registered = await post(a, caller, { query, extensions: { persistedQuery } });
    assert.equal(registered.status, 200, JSON.stringify(registered.body));
    const byHash = await post(b, caller, { extensions: { persistedQuery } });
    assert.equal(byHash.body.errors, undefined, JSON.stringify(byHash.body));
    assert.deepEqual(byHash.body.data, registered.body.data);
  });

  it('keeps answering while Redis is away (the limit is not applied), and counts again once it is back', async () => {
    const gateway = await replica({ redisUrl: redis.url, limit: 1 });
    const caller = await hub.bearer('social-worker.durham');
    await redis.stop();
    try {
      for (let i = 0; i < 3; i++) assert.equal((await post(gateway, caller)).status, 200);
    } finally {
      await redis.start();
    }
    // Reconnected: the first request in a new window passes, the next is over the limit of one.
    await waitFor(async () => (await post(gateway, caller)).status === 429, {
      message: 'the limit to apply again once Redis is back',
      timeoutMs: 15_000,
    });
  });

  it('reads its settings from CONTINUUM_RATE_LIMIT and CONTINUUM_RATE_LIMIT_WINDOW_MS, refusing what is not a whole number', () => {
    assert.deepEqual(rateLimitFromEnvironment({}), { limit: 600, windowMs: 60_000 });
    assert.deepEqual(rateLimitFromEnvironment({ CONTINUUM_RATE_LIMIT: '0' }), { limit: 0, windowMs: 60_000 });
    assert.deepEqual(rateLimitFromEnvironment({ CONTINUUM_RATE_LIMIT: '30', CONTINUUM_RATE_LIMIT_WINDOW_MS: '10000' }), {
      limit: 30,
      windowMs: 10_000,
    });
    assert.throws(() => rateLimitFromEnvironment({ CONTINUUM_RATE_LIMIT: 'lots' }), /CONTINUUM_RATE_LIMIT must be a whole number/);
    assert.throws(() => rateLimitFromEnvironment({ CONTINUUM_RATE_LIMIT_WINDOW_MS: '10' }), /at least 1000/);
  });

  it('gives each dashboard reader signed in through the identity provider a window of their own at the gateway, and answers 401 to a request with no valid sign-in', async () => {
    const gateway = await replica({ limit: 3, persistedOperationManifests: [DASHBOARD_OPERATIONS] });
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'dashboard-dist-'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Dashboards</title>');
    // The identity provider the gateway trusts (here the hub's demo one) checks each reader's token at the dashboard too.
    dashboard = await startDashboardServer({
      port: 0,
      gatewayUrl: gateway.url,
      signIn: signInFromForwardedToken({
        userKeys: localKeySet(hub.keys.identityProvider.jwks),
        issuer: DEMO_ISSUER,
        audience: DEFAULT_AUDIENCE,
      }),
      distDir: dist,
      logger: quietLogger,
    });
    const manifest = JSON.parse(fs.readFileSync(DASHBOARD_OPERATIONS, 'utf8')) as Record<string, string>;
    const filterOptions = Object.entries(manifest)
      .find(([, document]) => document.startsWith('query DashboardFilterOptions'))![0]
      .replace(/^sha256:/, '');
    const ask = async (headers: Record<string, string>) => {
      const res = await fetch(new URL('/graphql', dashboard!.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: filterOptions } } }),
      });
      return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] } };
    };
    const session = async (headers: Record<string, string>) => {
      const res = await fetch(new URL('/session', dashboard!.url), { headers });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const token = async (userId: string) => signUserToken(hub.keys.identityProvider, demoUser(userId));
    const helen = { [FORWARDED_TOKEN_HEADER]: await token('commissioner.icb') };
    // Another reader, signed in by the same provider, sent by a proxy as a bearer token.
    const other = { authorization: `Bearer ${await token('social-worker.newcastle')}` };

    const me = await session(helen);
    assert.equal(me.status, 200);
    assert.deepEqual([me.body.name, me.body.role, me.body.organisationCode], [demoUser('commissioner.icb').name, 'COMMISSIONER', 'QHM']);
    assert.equal((await session(other)).body.role, 'SOCIAL_WORKER');
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await ask(helen)).status);
    assert.deepEqual(statuses, [200, 200, 200, 429]);
    // The other reader's requests are their own: not held back by the first one's window.
    const theirs = await ask(other);
    assert.equal(theirs.status, 200, JSON.stringify(theirs.body));
    assert.ok(theirs.body.data);

    // No token, or one the identity provider did not sign: nothing reaches the gateway.
    const forged = { [FORWARDED_TOKEN_HEADER]: await signUserToken(await generateSigningKey(), demoUser('commissioner.icb')) };
    for (const headers of [{}, forged]) {
      const refused = await ask(headers);
      assert.equal(refused.status, 401);
      assert.equal(refused.body.errors?.[0]?.extensions.code, 'UNAUTHENTICATED');
      assert.equal((await session(headers)).status, 401);
    }
  });
});
