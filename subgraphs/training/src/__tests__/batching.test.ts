import { buildDemoRegion } from '@continuum/demo';
import { inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';

const region = buildDemoRegion();

const QUERY = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalAssistant {
  trainingRecords { id completedOn expiresOn current course { code provider { name } } signedOffBy { name } }
  careCertificate { standardsCompleted complete standards { standard title completedOn } }
} } }`;

describe('training subgraph batching', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
  });
  afterAll(() => sg.stop());

  async function statementsFor(paIds: string[]) {
    const start = sg.database.statementCount();
    const res = await sg.execute(QUERY, { reps: paIds.map((id) => ({ __typename: 'PersonalAssistant', id })) });
    assert.equal(res.errors, undefined);
    assert.equal(res.data._entities.length, paIds.length);
    return {
      statements: sg.database.statementCount() - start,
      records: res.data._entities.reduce((n: number, pa: any) => n + pa.trainingRecords.length, 0),
    };
  }

  it('issues as many SQL statements for 200 personal assistants as for 10', async () => {
    const trained = [...new Set(region.trainingRecords.map((r) => r.personalAssistantId))];
    assert.ok(trained.length >= 200, 'the demo region has at least 200 trained PAs');
    const ten = await statementsFor(trained.slice(0, 10));
    const twoHundred = await statementsFor(trained.slice(0, 200));
    assert.ok(twoHundred.records > ten.records * 5, 'the larger query really reads more records');
    assert.equal(twoHundred.statements, ten.statements);
  });
});
