/**
 * GET /health/live and /health/ready on the gateway and every subgraph, over real HTTP. Live is
 * always 200; ready is 503 while a subgraph the supergraph joins is down (or not migrated) and
 * 200 again once it is back. Anyone is told one word; the hub's operator sees what was checked.
 */
import { freshDatabase, serveTestSubgraph, waitFor } from '@continuum/dev/testing';
import { DEFAULT_AUDIENCE, signServiceToken } from '@continuum/access';
import { demoUser } from '@continuum/demo';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { SUBGRAPH_MODULES } from '../scripts/subgraphs.ts';
import { startTestHub, testHubKeys, type TestHub } from './helpers.ts';

const HUB_SUBGRAPHS = ['councils', 'health', 'people', 'support', 'training'];

async function get(base: string, route: string, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(new URL(route, base), { headers });
  return { status: res.status, body: await res.json() };
}

/** The hub operator's headers, as `npm run health` signs them. */
async function operator(): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await signServiceToken((await testHubKeys()).services, 'operator', DEFAULT_AUDIENCE)}` };
}

describe('probes on the gateway and every subgraph', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it('GET /health/live answers 200 {"status":"live"} on the gateway and on every subgraph', async () => {
    for (const url of [hub.gatewayUrl, ...hub.subgraphs.map((s) => s.url)]) {
      assert.deepEqual(await get(url, '/health/live'), { status: 200, body: { status: 'live' } }, url);
    }
  });

  it('GET /health/ready answers 200 and one word to anonymous callers and to users, on the gateway and every subgraph', async () => {
    for (const url of [hub.gatewayUrl, ...hub.subgraphs.map((s) => s.url)]) {
      assert.deepEqual(await get(url, '/health/ready'), { status: 200, body: { status: 'ready' } }, url);
    }
    assert.deepEqual(await get(hub.gatewayUrl, '/health/ready', await hub.bearer('dpo.continuum')), {
      status: 200,
      body: { status: 'ready' },
    });
  });

  it("shows the operator what the gateway checked: the supergraph, the revocation list, and each subgraph's database and migrations", async () => {
    const { status, body } = await get(hub.gatewayUrl, '/health/ready', await operator());
    assert.equal(status, 200);
    assert.equal(body.status, 'ready');
    assert.equal(body.supergraph.loaded, true);
    assert.match(body.supergraph.sha256, /^[0-9a-f]{64}$/);
    assert.equal(body.revocationList, 'ok');
    assert.deepEqual(
      body.subgraphs.map((s: any) => [s.name, s.status]).sort(),
      HUB_SUBGRAPHS.map((n) => [n, 'ready']),
    );
    for (const s of body.subgraphs) {
      assert.equal(s.checks.database, 'ok', s.name);
      assert.deepEqual(s.checks.migrations.pending, [], s.name);
      assert.deepEqual(s.checks.migrations.changed, [], s.name);
      assert.ok(s.checks.migrations.applied > 0, s.name);
    }
  });

  it('while a subgraph is down: /health/ready answers 503 (naming it to the operator only), /health/live 200, and /health 200 "degraded" as before', async () => {
    await hub.stopSubgraph('training');
    const unready = await waitFor(
      async () => {
        const r = await get(hub.gatewayUrl, '/health/ready');
        return r.status === 503 ? r : null;
      },
      { message: 'the gateway to be unready', timeoutMs: 10_000 },
    );
    assert.deepEqual(unready.body, { status: 'unready' });
    const { status, body } = await get(hub.gatewayUrl, '/health/ready', await operator());
    assert.equal(status, 503);
    const training = body.subgraphs.find((s: any) => s.name === 'training');
    assert.equal(training.status, 'unready');
    assert.equal(training.reason, 'ECONNREFUSED');
    assert.ok(body.subgraphs.filter((s: any) => s.name !== 'training').every((s: any) => s.status === 'ready'));
    assert.deepEqual(await get(hub.gatewayUrl, '/health/live'), { status: 200, body: { status: 'live' } });
    assert.deepEqual(await get(hub.gatewayUrl, '/health'), { status: 200, body: { status: 'degraded' } });
  });

  it('answers 200 on /health/ready again once the subgraph has restarted', async () => {
    await hub.restartSubgraph('training');
    await waitFor(async () => (await get(hub.gatewayUrl, '/health/ready')).status === 200, {
      message: 'the gateway to be ready again',
      timeoutMs: 10_000,
    });
    assert.deepEqual(await get(hub.gatewayUrl, '/health/ready'), { status: 200, body: { status: 'ready' } });
  });
});

describe('a subgraph whose migrations folder holds a migration its database has not applied', () => {
  const training = SUBGRAPH_MODULES.find((m) => m.name === 'training')!;
  const PENDING = '29991231000000_not_yet_applied';
  let running: Awaited<ReturnType<typeof serveTestSubgraph>>;
  let migrationsDir: string;
  beforeAll(async () => {
    // New code on an old database: the folder it ships has one more migration than the database has run.
    migrationsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-migrations-'));
    fs.cpSync(training.migrationsDir, migrationsDir, { recursive: true });
    fs.mkdirSync(path.join(migrationsDir, PENDING));
    fs.writeFileSync(path.join(migrationsDir, PENDING, 'migration.sql'), 'SELECT 1;\n');
    running = await serveTestSubgraph({ ...training, migrationsDir }, await freshDatabase('training'));
  });
  afterAll(async () => {
    await running.stop();
    fs.rmSync(migrationsDir, { recursive: true, force: true });
  });

  it('is live, and not ready: 503 and one word to anonymous callers', async () => {
    assert.deepEqual(await get(running.url, '/health/live'), { status: 200, body: { status: 'live' } });
    assert.deepEqual(await get(running.url, '/health/ready'), { status: 503, body: { status: 'unready' } });
  });

  it('names the migration not applied to the gateway asking as the hub service', async () => {
    const { status, body } = await get(running.url, '/health/ready', await running.authorization());
    assert.equal(status, 503);
    assert.equal(body.subgraph, 'training');
    assert.equal(body.database, 'ok');
    assert.deepEqual(body.migrations.pending, [PENDING]);
    assert.deepEqual(body.migrations.changed, []);
  });

  it('a user passed on by the gateway is told one word, like anyone', async () => {
    assert.deepEqual(await get(running.url, '/health/ready', await running.authorization(demoUser('dpo.continuum'))), {
      status: 503,
      body: { status: 'unready' },
    });
  });
});
