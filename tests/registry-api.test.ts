import { DEFAULT_AUDIENCE, signServiceToken } from '@continuum/access';
import { gatewayAuthConfig, startGateway, type RunningGateway } from '@continuum/gateway';
import { ensureDatabase, quietLogger, withDatabase } from '@continuum/runtime';
import { prepareSharedRegistry } from '@continuum/schema/shared-registry';
import { postGraphQL, testServerUrl, waitFor } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startTestHub, type TestHub } from './helpers.ts';

const PARTNER = 'example-register';
const OTHER = 'other-register';

/** A partner's SDL with the given top-level fields (Int each, described). */
function partnerSdl(...fields: string[]): string {
  return `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

"What the example register answers."
type Query {
${fields.map((f) => `  "The register's ${f}."\n  ${f}: Int`).join('\n')}
}
`;
}

describe('the schema registry in PostgreSQL, over the hub’s authenticated HTTP API, served by every gateway replica', () => {
  let hub: TestHub;
  let registryUrl: string;
  let gateways: RunningGateway[];
  let admin: Record<string, string>;
  let partner: Record<string, string>;

  const api = async (gateway: RunningGateway, method: string, path: string, headers: Record<string, string>, body?: unknown) => {
    const res = await fetch(gateway.url.replace('/graphql', `/registry${path}`), {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const rows = async (sql: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: registryUrl });
    await client.connect();
    try {
      return (await client.query(sql, values)).rows;
    } finally {
      await client.end();
    }
  };
  const queryFields = async (gateway: RunningGateway) => {
    const res = await postGraphQL(
      gateway.url,
      '{ __type(name: "Query") { fields { name } } }',
      {},
      await hub.bearer('social-worker.newcastle'),
    );
    return (res.data?.__type?.fields ?? []).map((f: { name: string }) => f.name) as string[];
  };

  beforeAll(async () => {
    registryUrl = withDatabase(testServerUrl(), `test_registry_${randomBytes(4).toString('hex')}`);
    await ensureDatabase(registryUrl, new URL(registryUrl).pathname.slice(1));
    await prepareSharedRegistry(registryUrl);
    hub = await startTestHub();
    gateways = [];
    for (let i = 0; i < 2; i++) {
      gateways.push(
        await startGateway({
          auth: gatewayAuthConfig(hub.keys, hub.accessStore),
          mode: 'development',
          // Polling only once a minute: a publish reaching them within seconds is the notification's doing.
          supergraph: { registryDatabaseUrl: registryUrl, pollMs: 60_000 },
          registryDatabaseUrl: registryUrl,
          urls: Object.fromEntries(hub.subgraphs.map((s) => [s.name, s.url])),
          port: 0,
          logger: quietLogger,
        }),
      );
    }
    admin = { authorization: `Bearer ${await signServiceToken(hub.keys.services, 'operator', DEFAULT_AUDIENCE)}` };
  });
  afterAll(async () => {
    for (const g of gateways ?? []) await g.stop();
    await hub?.stop();
  });

  it('lets a hub administrator register partners and issue a partner its credential; refuses anyone else', async () => {
    const [a, b] = gateways;
    assert.equal((await api(a, 'GET', '/subgraphs', {})).status, 401);
    const user = await api(a, 'GET', '/subgraphs', await hub.bearer('social-worker.newcastle'));
    assert.equal(user.status, 401);
    assert.equal(user.body.errors[0].extensions.code, 'UNAUTHENTICATED');
    for (const name of [PARTNER, OTHER]) {
      const registered = await api(a, 'PUT', `/subgraphs/${name}`, admin, {
        url: `http://127.0.0.1:9/${name}/graphql`,
        organisation: 'Example Register CIC',
        contact: 'register@example.org',
        timeoutMs: 4000,
      });
      assert.equal(registered.status, 200, JSON.stringify(registered.body));
      assert.equal(registered.body.registration.timeoutMs, 4000);
    }
    const bad = await api(b, 'PUT', '/subgraphs/Bad_Name', admin, { url: 'ftp://x', organisation: 'x', contact: 'x' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].extensions.code, 'BAD_USER_INPUT');
    assert.match(bad.body.errors[0].message, /lower-case letters/);
    const issued = await api(b, 'POST', `/subgraphs/${PARTNER}/credentials`, admin);
    assert.equal(issued.status, 201);
    assert.match(issued.body.credential, /^cntm_reg_/);
    partner = { authorization: `Bearer ${issued.body.credential}` };
    // Kept only as its hash.
    assert.equal(
      (await rows('SELECT count(*)::int AS n FROM registry_credential WHERE key_sha256 = $1', [issued.body.credential]))[0].n,
      0,
    );
    // A partner may not administer: neither register nor issue credentials.
    assert.equal(
      (await api(a, 'PUT', `/subgraphs/${PARTNER}`, partner, { url: 'http://x/graphql', organisation: 'x', contact: 'x' })).status,
      403,
    );
    assert.equal((await api(a, 'POST', `/subgraphs/${PARTNER}/credentials`, partner)).status, 403);
    const listed = await api(a, 'GET', '/subgraphs', partner);
    assert.deepEqual(
      listed.body.subgraphs.filter((s: any) => s.kind === 'partner').map((s: any) => [s.name, s.published]),
      [
        [PARTNER, false],
        [OTHER, false],
      ],
    );
  });

  it("lets a partner publish its own subgraph and no other's; every gateway serves the publish within seconds, with no request failing meanwhile", async () => {
    const [a, b] = gateways;
    const caller = await hub.bearer('social-worker.newcastle');
    let stop = false;
    const failures: string[] = [];
    let answered = 0;
    // Load on both gateways throughout the publish.
    const load = Promise.all(
      gateways.map(async (g) => {
        while (!stop) {
          const res = await postGraphQL(g.url, '{ councils { gssCode } }', {}, caller).catch(
            (err: Error) => ({ errors: [{ message: err.message }] }) as any,
          );
          if (res.errors || !res.data?.councils?.length) failures.push(JSON.stringify(res.errors ?? res.data));
          answered++;
        }
      }),
    );
    try {
      const refused = await api(a, 'POST', `/subgraphs/${OTHER}/publish`, partner, { sdl: partnerSdl('otherSize') });
      assert.equal(refused.status, 403);
      assert.equal(refused.body.errors[0].extensions.code, 'FORBIDDEN');
      const checked = await api(b, 'POST', `/subgraphs/${PARTNER}/check`, partner, { sdl: partnerSdl('exampleRegisterSize') });
      assert.deepEqual([checked.status, checked.body.ok], [200, true], JSON.stringify(checked.body));
      const published = await api(a, 'POST', `/subgraphs/${PARTNER}/publish`, partner, { sdl: partnerSdl('exampleRegisterSize') });
      assert.equal(published.status, 200, JSON.stringify(published.body));
      // From the publish's commit (its answer) to both gateways serving it.
      const started = performance.now();
      const version = published.body.published.version;
      assert.equal(published.body.published.publishedBy, `partner:${PARTNER}`);
      await waitFor(() => gateways.every((g) => g.supergraph.status().version === version), {
        message: 'both gateways to serve the published supergraph',
        timeoutMs: 10_000,
      });
      // Both gateways load it in this one process, on a shared machine: seconds, not the minute polling would take.
      const seconds = (performance.now() - started) / 1000;
      assert.ok(seconds < 10, `${seconds} s`);
      for (const g of gateways) {
        assert.equal(g.supergraph.status().sha256, published.body.published.supergraphSha256);
        assert.ok((await queryFields(g)).includes('exampleRegisterSize'));
      }
      // The partner's registered timeout comes with it.
      assert.equal(a.supergraph.registeredTimeout(PARTNER), 4000);
      // And the load carries on a little on the new supergraph.
      const after = answered;
      await waitFor(() => answered >= after + 6, { message: 'more requests answered after the switch' });
    } finally {
      stop = true;
      await load;
    }
    assert.ok(answered >= 10, `${answered} requests`);
    assert.deepEqual(failures, []);
    // The other partner's SDL was never written.
    assert.deepEqual(await rows('SELECT name, sdl IS NOT NULL AS published FROM registry_subgraph ORDER BY name'), [
      { name: PARTNER, published: true },
      { name: OTHER, published: false },
    ]);
  });

  it('refuses a publish that does not compose with 422 and its report, writing nothing', async () => {
    const before = await rows('SELECT version FROM registry_publish');
    // councils is the hub's own top-level field: a second, unshared definition does not compose.
    const clash = await api(gateways[1], 'POST', `/subgraphs/${PARTNER}/publish`, partner, {
      sdl: partnerSdl('exampleRegisterSize', 'councils'),
    });
    assert.equal(clash.status, 422);
    assert.equal(clash.body.ok, false);
    assert.equal(clash.body.published, null);
    assert.ok(clash.body.report.compositionErrors.length > 0);
    assert.deepEqual(await rows('SELECT version FROM registry_publish'), before);
    assert.equal((await rows('SELECT sdl FROM registry_subgraph WHERE name = $1', [PARTNER]))[0].sdl, partnerSdl('exampleRegisterSize'));
  });

  it('takes concurrent publishes one at a time: consecutive versions, each checked against the one before, the last one served everywhere', async () => {
    const sdls = [partnerSdl('exampleRegisterSize', 'openings'), partnerSdl('exampleRegisterSize', 'openings', 'waiting')];
    const results = await Promise.all(
      sdls.map((sdl, i) => api(gateways[i], 'POST', `/subgraphs/${PARTNER}/publish`, i ? admin : partner, { sdl })),
    );
    for (const r of results) assert.equal(r.status, 200, JSON.stringify(r.body));
    const history = (await api(gateways[0], 'GET', `/history?subgraph=${PARTNER}`, partner)).body.history;
    const versions = history.map((h: any) => h.version);
    assert.deepEqual(
      versions,
      versions.map((_: number, i: number) => versions[0] + i),
    );
    assert.deepEqual(
      history
        .slice(-2)
        .map((h: any) => h.publishedBy)
        .sort(),
      [`partner:${PARTNER}`, 'service:operator'].sort(),
    );
    const [last] = await rows('SELECT version, supergraph_sha256 FROM registry_publish ORDER BY version DESC LIMIT 1');
    const [stored] = await rows('SELECT sdl FROM registry_subgraph WHERE name = $1', [PARTNER]);
    const lastPublish = (await rows('SELECT sdl FROM registry_publish WHERE version = $1', [last.version]))[0];
    assert.equal(stored.sdl, lastPublish.sdl);
    await waitFor(() => gateways.every((g) => g.supergraph.status().sha256 === last.supergraph_sha256), {
      message: 'both gateways to serve the last publish',
      timeoutMs: 10_000,
    });
  });
});
