import { testServerUrl } from '@continuum/dev/testing';
import { buildDemoRegion } from '@continuum/demo';
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import pg from 'pg';
import { prepareDatabases } from '../scripts/hub.ts';

const region = buildDemoRegion();

async function count(url: string, table: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n;
  } finally {
    await c.end();
  }
}

describe('first run on an empty PostgreSQL server (what npm start does)', () => {
  it('creates one database per subgraph and the access store, migrates and seeds them once; a second run changes nothing', async () => {
    const logs: string[] = [];
    const progress: string[] = [];
    const first = await prepareDatabases(testServerUrl(), {
      seed: true,
      log: (l) => logs.push(l),
      progress: (label) => progress.push(label),
    });
    assert.deepEqual(Object.keys(first).sort(), ['access', 'councils', 'health', 'people', 'support', 'training']);
    for (const url of Object.values(first))
      assert.match(new URL(url).pathname, /^\/continuum_(people|councils|health|support|training|access)$/);
    assert.equal(logs.filter((l) => l.startsWith('created database')).length, 6);
    assert.ok((await count(first.access, 'relationship')) > region.people.length, 'relationships seeded from the demo facts');
    assert.equal(await count(first.access, 'employment_link'), region.employments.length);
    assert.ok(progress.includes('people') && progress.includes('training records'));
    assert.equal(await count(first.people, 'person'), region.people.length);
    assert.equal(await count(first.training, 'training_record'), region.trainingRecords.length);

    const againLogs: string[] = [];
    const second = await prepareDatabases(testServerUrl(), { seed: true, log: (l) => againLogs.push(l) });
    assert.deepEqual(second, first);
    assert.deepEqual(againLogs, [], 'no database created, no migration applied');
    assert.equal(await count(second.people, 'person'), region.people.length, 'not seeded twice');
    assert.equal(await count(second.support, 'employment'), region.employments.length);
  });
});
