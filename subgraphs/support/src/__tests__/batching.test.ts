import { buildDemoRegion } from '@continuum/demo';
import { inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';

const region = buildDemoRegion();

const PERSON_QUERY = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person {
  paTeam(includeEnded: true) { id active employer { id } personalAssistant { id givenName register { name } employers { id } } }
} } }`;
const PA_QUERY = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalAssistant {
  id dbsCheck { current } register { name } employers { id personalAssistant { id } }
} } }`;

describe('support subgraph batching (no N+1)', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
  });
  afterAll(() => sg.stop());

  async function statementsFor(query: string, reps: object[]): Promise<number> {
    const before = sg.database.statementCount();
    const res = await sg.execute(query, { reps });
    assert.equal(res.errors, undefined);
    assert.equal(res.data._entities.length, reps.length);
    return sg.database.statementCount() - before;
  }

  it("issues as many statements for 200 people's PA teams as for 10", async () => {
    const employers = [...new Set(region.employments.map((e) => e.employerPersonId))];
    assert.ok(employers.length >= 200, 'the region has at least 200 employers');
    const reps = (n: number) => employers.slice(0, n).map((id) => ({ __typename: 'Person', id }));
    const small = await statementsFor(PERSON_QUERY, reps(10));
    const large = await statementsFor(PERSON_QUERY, reps(200));
    assert.equal(large, small);
    assert.ok(small <= 5, `a handful of statements, got ${small}`);
  });

  it('issues as many statements for 200 PAs with their employers as for 10', async () => {
    const reps = (n: number) => region.personalAssistants.slice(0, n).map((p) => ({ __typename: 'PersonalAssistant', id: p.id }));
    assert.ok(region.personalAssistants.length >= 200, 'the region has at least 200 PAs');
    const small = await statementsFor(PA_QUERY, reps(10));
    const large = await statementsFor(PA_QUERY, reps(200));
    assert.equal(large, small);
  });
});
