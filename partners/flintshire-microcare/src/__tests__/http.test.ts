import { startSubgraph } from '@continuum/kit';
import { migratedDatabase, postGraphQL } from '@continuum/kit/testing';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { subgraph } from '../subgraph.ts';

describe('flintshire-microcare over HTTP', () => {
  let running: Awaited<ReturnType<typeof startSubgraph>>;
  before(async () => {
    running = await startSubgraph(subgraph, { databaseUrl: await migratedDatabase(subgraph), port: 0 });
  });
  after(() => running.stop());

  it('boots: GET /health answers ok with its database reachable, and /graphql answers the federation SDL query', async () => {
    const health = await fetch(running.url.replace('/graphql', '/health'));
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok', subgraph: 'flintshire-microcare' });
    const res = await postGraphQL(running.url, '{ _service { sdl } }');
    assert.equal(res.errors, undefined);
    assert.match(res.data._service.sdl, /type MicroCarer\b/);
  });
});
