import { buildDemoRegion } from '@continuum/demo';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { peopleRelatedTo, startTestHub, type Client, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
// Eleanor Robson and her PA Aisha Khan: Newcastle's social worker has a relationship with both.
const employerId = region.featured.movedDirectPaymentToPhb;
const pa = region.personalAssistants.find(
  (p) => p.id === region.employments.find((e) => e.employerPersonId === employerId)!.personalAssistantId,
)!;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** Counts the rows a bad request could have written, read back through the graph. */
const SNAPSHOT = `query ($person: ID!, $pa: ID!) {
  people(first: 1) { totalCount }
  peopleById(ids: [$person]) { socialCareFunding { id } paTeam(includeEnded: true) { id } }
  personalAssistant(id: $pa) { trainingRecords { id } }
}`;

describe('bad input through the gateway: a clear error and nothing written', () => {
  let hub: TestHub;
  let gql: Client;
  let snapshot: () => Promise<unknown>;
  beforeAll(async () => {
    hub = await startTestHub();
    gql = hub.as('social-worker.newcastle');
    snapshot = async () => (await gql(SNAPSHOT, { person: employerId, pa: pa.id })).data;
  });
  afterAll(() => hub.stop());

  const cases: { name: string; query: string; variables: Record<string, unknown>; code: string; field?: RegExp; reason: RegExp }[] = [
    {
      name: 'an NHS number of the wrong length',
      query: `query ($n: String) { person(nhsNumber: $n) { id } }`,
      variables: { n: '99912345' },
      code: 'BAD_USER_INPUT',
      field: /^nhsNumber$/,
      reason: /10 digits/,
    },
    {
      name: 'an NHS number with a bad check digit',
      query: `query ($n: String) { person(nhsNumber: $n) { id } }`,
      variables: { n: badCheckDigit(region.people.find((p) => p.nhsNumber)!.nhsNumber!) },
      code: 'BAD_USER_INPUT',
      field: /^nhsNumber$/,
      reason: /check digit/,
    },
    {
      name: 'an unknown person id',
      query: `query ($id: ID) { person(id: $id) { id } }`,
      variables: { id: UNKNOWN },
      code: 'NOT_FOUND',
      field: /^id$/,
      reason: /no Person/,
    },
    {
      name: 'an employment for an unknown PA',
      query: `mutation ($i: AddEmploymentInput!) { addEmployment(input: $i) { id } }`,
      variables: {
        i: {
          employerPersonId: employerId,
          personalAssistantId: UNKNOWN,
          start: '2026-01-05',
          hoursPerWeek: 10,
          role: 'Personal assistant',
          contractSigned: true,
        },
      },
      code: 'NOT_FOUND',
      field: /personalAssistantId/,
      reason: /.+/,
    },
    {
      name: 'an impossible start date (30 February) for a direct payment',
      query: `mutation ($i: StartDirectPaymentInput!) { startDirectPayment(input: $i) { id } }`,
      variables: {
        i: {
          personId: employerId,
          councilGssCode: 'E08000021',
          start: '2026-02-30',
          hourlyRate: 14,
          hoursPerWeek: 10,
          paymentSupport: 'SELF_MANAGED',
        },
      },
      code: 'BAD_USER_INPUT',
      reason: /2026-02-30/,
    },
    {
      name: 'an employment that ends before it starts',
      query: `mutation ($i: AddEmploymentInput!) { addEmployment(input: $i) { id } }`,
      variables: {
        i: {
          employerPersonId: employerId,
          personalAssistantId: pa.id,
          start: '2026-03-01',
          end: '2026-02-01',
          hoursPerWeek: 10,
          role: 'Personal assistant',
          contractSigned: true,
        },
      },
      code: 'BAD_USER_INPUT',
      field: /end/,
      reason: /on or after/,
    },
    {
      name: 'training completed in the future',
      query: `mutation ($i: RecordTrainingInput!) { recordTraining(input: $i) { id } }`,
      variables: {
        i: {
          personalAssistantId: pa.id,
          courseCode: 'CC01',
          completedOn: '2999-01-01',
          signedOffBy: { name: 'A Assessor', role: 'Assessor', organisation: 'Weston College', nhsStaff: false },
        },
      },
      code: 'BAD_USER_INPUT',
      field: /completedOn/,
      reason: /future/,
    },
  ];

  for (const c of cases) {
    it(`refuses ${c.name} with ${c.code} and a reason, writing nothing`, async () => {
      const beforeRows = await snapshot();
      const res = await gql(c.query, c.variables);
      assert.ok(res.errors?.length, 'an error is returned');
      const err = res.errors![0];
      assert.equal(err.extensions?.code, c.code, JSON.stringify(err));
      if (c.field) assert.match(String(err.extensions?.field), c.field);
      assert.match(`${err.message} ${err.extensions?.reason ?? ''}`, c.reason);
      assert.equal(JSON.stringify(res).includes('    at '), false, 'no stack trace leaks');
      assert.deepEqual(await snapshot(), beforeRows);
    });
  }

  it('keeps serving after bad input', async () => {
    const res = await gql(`{ people(first: 1) { totalCount } }`);
    // Counted among the people the social worker's council may see.
    assert.equal(res.data.people.totalCount, peopleRelatedTo(region, 'E08000021').size);
  });
});

function badCheckDigit(valid: string): string {
  return valid.slice(0, 9) + String((Number(valid[9]) + 1) % 10);
}
