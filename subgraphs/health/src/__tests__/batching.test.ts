import { buildDemoRegion } from '@continuum/demo';
import { inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';
import { plain } from './helpers.ts';

const region = buildDemoRegion();

// Every list and reference the health subgraph hangs off a person, down to integrated budget shares.
const PERSON_FIELDS = `
  healthFunding {
    __typename id start status funderName funderCode weeklyAmount
    ... on PersonalHealthBudget { healthBody { odsCode } paymentSupportProvider { id } paymentsProcessedBy { gssCode } }
    ... on ContinuingHealthcarePackage { healthBody { odsCode } decision { outcome healthBody { name } } }
    ... on IntegratedBudget { healthBody { odsCode } shares { funderName percentage } }
  }
  chcDecisions { outcome healthBody { odsCode } }
  healthPlan { id healthBody { odsCode } tasks { description } }`;

/** People with every kind of health fact first, so both sizes walk every nested path. */
function peopleWithHealthFacts(): string[] {
  const ordered = [
    region.integratedBudgets[0].personId,
    region.chcPackages[0].personId,
    region.personalHealthBudgets[0].personId,
    region.chcDecisions[0].personId,
    region.healthPlans[0].personId,
    ...region.personalHealthBudgets.map((e) => e.personId),
    ...region.chcPackages.map((e) => e.personId),
    ...region.integratedBudgets.map((e) => e.personId),
    ...region.people.map((p) => p.id),
  ];
  return [...new Set(ordered)];
}

describe('health subgraph batching', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
  });
  afterAll(() => sg.stop());
  const run = async (query: string, variables?: Record<string, unknown>) => plain(await sg.execute(query, variables));

  async function statementsFor(personIds: string[]): Promise<number> {
    const before = sg.database.statementCount();
    const res = await run(`query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id ${PERSON_FIELDS} } } }`, {
      reps: personIds.map((id) => ({ __typename: 'Person', id })),
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data._entities.length, personIds.length);
    return sg.database.statementCount() - before;
  }

  it('sends as many SQL statements for 200 people as for 10', async () => {
    const ids = peopleWithHealthFacts();
    assert.ok(ids.length >= 200, 'the region has at least 200 people');
    const ten = await statementsFor(ids.slice(0, 10));
    const twoHundred = await statementsFor(ids.slice(0, 200));
    assert.ok(ten > 0);
    assert.equal(twoHundred, ten);
  });

  it('sends as many SQL statements for the answers to 200 transitions as to 10', async () => {
    const ids = region.transitions.map((t) => t.id);
    assert.ok(ids.length >= 200);
    const count = async (n: number) => {
      const before = sg.database.statementCount();
      const res = await run(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Transition { healthResponses { decision } } } }`,
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
