import { buildDemoRegion } from '@continuum/demo';
import { inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';

const region = buildDemoRegion();

// People with episodes and a care plan first, so even the small query touches every loader.
const withRecords = new Set(region.carePlans.map((p) => p.personId).filter((id) => region.directPayments.some((d) => d.personId === id)));
const people = [...region.people].sort((a, b) => Number(withRecords.has(b.id)) - Number(withRecords.has(a.id)));

const PEOPLE = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person {
  socialCareFunding {
    __typename id start end status funderName funderCode weeklyAmount
    ... on DirectPayment { council { name rates { kind hourlyRate } } paymentSupportProvider { id } }
    ... on IndividualServiceFund { council { name } holdingProvider { id } }
    ... on CommissionedPackage { council { name } providerName }
  }
  carePlan { id council { gssCode } tasks { description } }
} } }`;

describe('councils subgraph batching', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
  });
  afterAll(() => sg.stop());

  async function statementsFor(howMany: number): Promise<number> {
    const reps = people.slice(0, howMany).map((p) => ({ __typename: 'Person', id: p.id }));
    const before = sg.database.statementCount();
    const res = await sg.execute(PEOPLE, { reps });
    assert.equal(res.errors, undefined);
    assert.equal(res.data._entities.length, howMany);
    return sg.database.statementCount() - before;
  }

  it('issues the same number of SQL statements for 200 people as for 10', async () => {
    assert.ok(people.length >= 200);
    assert.ok(withRecords.size >= 10, 'ten people with a direct payment and a care plan');
    const ten = await statementsFor(10);
    const twoHundred = await statementsFor(200);
    assert.ok(ten > 0);
    assert.equal(twoHundred, ten);
  });

  it('issues the same number of SQL statements for the answers to 200 transitions as to 10', async () => {
    const ids = region.transitions.map((t) => t.id);
    assert.ok(ids.length >= 200);
    const count = async (n: number) => {
      const before = sg.database.statementCount();
      const res = await sg.execute(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Transition { councilResponses { decision } } } }`,
        {
          r: ids.slice(0, n).map((id) => ({ __typename: 'Transition', id })),
        },
      );
      assert.equal(res.errors, undefined);
      return sg.database.statementCount() - before;
    };
    const ten = await count(10);
    assert.ok(ten > 0);
    assert.equal(await count(200), ten);
  });
});
