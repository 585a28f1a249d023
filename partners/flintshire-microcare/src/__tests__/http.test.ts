import { migratedDatabase, postGraphQL, serveTestSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';

describe('flintshire-microcare over HTTP', () => {
  let running: Awaited<ReturnType<typeof serveTestSubgraph>>;
  beforeAll(async () => {
    running = await serveTestSubgraph(subgraph, await migratedDatabase(subgraph));
  });
  afterAll(() => running.stop());

  it('boots: GET /health answers ok with its database reachable, and /graphql answers the federation SDL query', async () => {
    const health = await fetch(running.url.replace('/graphql', '/health'));
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok', subgraph: 'flintshire-microcare' });
    const res = await postGraphQL(running.url, '{ _service { sdl } }', undefined, await running.authorization());
    assert.equal(res.errors, undefined);
    // Only the gateway is answered: no caller token, no answer.
    assert.equal(
      (await fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }))
        .status,
      401,
    );
    assert.match(res.data._service.sdl, /type MicroCarer\b/);
  });

  it('answers GET /health/live, and GET /health/ready as ready with its own migrations applied (the details only to the gateway)', async () => {
    const live = await fetch(running.url.replace('/graphql', '/health/live'));
    assert.deepEqual([live.status, await live.json()], [200, { status: 'live' }]);
    const anonymous = await fetch(running.url.replace('/graphql', '/health/ready'));
    assert.deepEqual([anonymous.status, await anonymous.json()], [200, { status: 'ready' }]);
    const asGateway = await fetch(running.url.replace('/graphql', '/health/ready'), { headers: await running.authorization() });
    const body = await asGateway.json();
    assert.equal(body.subgraph, 'flintshire-microcare');
    assert.deepEqual(body.migrations.pending, []);
    assert.ok(body.migrations.applied > 0);
  });
});
