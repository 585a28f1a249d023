import { buildDemoRegion } from '@continuum/demo';
import { inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';

const region = buildDemoRegion();

describe('people subgraph _entities contract', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
  });
  afterAll(() => sg.stop());

  it('resolves Person representations to the seeded identity, null for unknown ids', async () => {
    const known = region.people[0];
    const res = await sg.execute(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id givenName familyName dateOfBirth postcodeDistrict nhsNumber { value formatted verificationCode } } } }`,
      {
        reps: [
          { __typename: 'Person', id: known.id },
          { __typename: 'Person', id: '00000000-0000-4000-8000-000000000000' },
          { __typename: 'Person', id: 'not-a-uuid' },
        ],
      },
    );
    assert.equal(res.errors, undefined);
    assert.deepEqual(res.data._entities[0], {
      id: known.id,
      givenName: known.givenName,
      familyName: known.familyName,
      dateOfBirth: known.dateOfBirth,
      postcodeDistrict: known.postcodeDistrict,
      nhsNumber: known.nhsNumber
        ? {
            value: known.nhsNumber,
            formatted: `${known.nhsNumber.slice(0, 3)} ${known.nhsNumber.slice(3, 6)} ${known.nhsNumber.slice(6)}`,
            verificationCode: known.nhsNumberStatus,
          }
        : null,
    });
    assert.equal(res.data._entities[1], null);
    assert.equal(res.data._entities[2], null);
  });

  it("merges the funders' episode references into one timeline ordered by start date", async () => {
    const person = region.people[1];
    const res = await sg.execute(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { fundingHistory { __typename id } } } }`,
      {
        reps: [
          {
            __typename: 'Person',
            id: person.id,
            socialCareFunding: [
              { __typename: 'DirectPayment', id: 'dp-2', start: '2024-05-01' },
              { __typename: 'DirectPayment', id: 'dp-1', start: '2021-01-10' },
            ],
            healthFunding: [{ __typename: 'PersonalHealthBudget', id: 'phb-1', start: '2022-03-01' }],
          },
        ],
      },
    );
    assert.equal(res.errors, undefined);
    assert.deepEqual(res.data._entities[0].fundingHistory, [
      { __typename: 'DirectPayment', id: 'dp-1' },
      { __typename: 'PersonalHealthBudget', id: 'phb-1' },
      { __typename: 'DirectPayment', id: 'dp-2' },
    ]);
  });

  it('publishes its SDL through _service for composition', async () => {
    const res = await sg.execute('{ _service { sdl } }');
    assert.match(res.data._service.sdl, /type Person\s+@key\(fields: "id"\)/);
  });
});
