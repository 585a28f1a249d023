import { inProcessSubgraph, migratedDatabase } from '@continuum/kit/testing';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { subgraph } from '../subgraph.ts';

const RECORD = `mutation ($input: RecordFlintshireMicrocareActivityInput!) { recordFlintshireMicrocareActivity(input: $input) { id title on person { id } } }`;
const ENTITIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id flintshireMicrocareActivities { title on } } } }`;

describe('flintshire-microcare subgraph', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  before(async () => {
    sg = await inProcessSubgraph(subgraph, await migratedDatabase(subgraph));
  });
  after(() => sg.stop());

  const record = (personId: string, title: string, on = '2025-01-15') => sg.execute(RECORD, { input: { personId, title, on } });

  it('records an activity and returns it on Person through _entities, the contract the gateway relies on', async () => {
    const personId = randomUUID();
    const res = await record(personId, 'First visit');
    assert.equal(res.errors, undefined);
    assert.equal(res.data.recordFlintshireMicrocareActivity.person.id, personId);
    const found = await sg.execute(ENTITIES, { reps: [{ __typename: 'Person', id: personId }, { __typename: 'Person', id: randomUUID() }] });
    assert.equal(found.errors, undefined);
    assert.deepEqual(found.data._entities, [
      { id: personId, flintshireMicrocareActivities: [{ title: 'First visit', on: '2025-01-15' }] },
      { id: found.data._entities[1].id, flintshireMicrocareActivities: [] },
    ]);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const personId = randomUUID();
    const future = await record(personId, 'Visit', '2999-01-01');
    assert.equal(future.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.equal(future.errors?.[0].extensions?.field, 'input.on');
    const blank = await record(personId, '   ');
    assert.equal(blank.errors?.[0].extensions?.field, 'input.title');
    const badId = await record('not-an-id', 'Visit');
    assert.equal(badId.errors?.[0].extensions?.field, 'input.personId');
    const found = await sg.execute(ENTITIES, { reps: [{ __typename: 'Person', id: personId }] });
    assert.deepEqual(found.data._entities[0].flintshireMicrocareActivities, []);
  });

  it('pages through every activity with cursors, newest first', async () => {
    const personId = randomUUID();
    for (const on of ['2024-03-01', '2024-02-01', '2024-01-01']) assert.equal((await record(personId, `Visit ${on}`, on)).errors, undefined);
    const page = `query ($after: String) { flintshireMicrocareActivityList(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id on } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await sg.execute(page, { after });
      assert.equal(res.errors, undefined);
      const list = res.data.flintshireMicrocareActivityList;
      seen.push(...list.edges.map((e: any) => e.node.id));
      if (!list.pageInfo.hasNextPage) {
        assert.equal(seen.length, list.totalCount);
        break;
      }
      after = list.pageInfo.endCursor;
    }
    assert.equal(new Set(seen).size, seen.length, 'no activity appears twice');
    const bad = await sg.execute(page, { after: 'nonsense' });
    assert.equal(bad.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
  });

  it('answers for 40 people with as many SQL statements as for 4 (DataLoader batching)', async () => {
    const people = Array.from({ length: 40 }, () => randomUUID());
    for (const id of people) await record(id, 'Visit');
    const statementsFor = async (ids: string[]) => {
      const start = sg.database.statementCount();
      const res = await sg.execute(ENTITIES, { reps: ids.map((id) => ({ __typename: 'Person', id })) });
      assert.equal(res.errors, undefined);
      assert.ok(res.data._entities.every((p: any) => p.flintshireMicrocareActivities.length === 1));
      return sg.database.statementCount() - start;
    };
    assert.equal(await statementsFor(people), await statementsFor(people.slice(0, 4)));
  });
});
