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
});
