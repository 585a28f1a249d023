import { addDays, isoDate, today } from '@continuum/runtime';
import { buildDemoRegion } from '@continuum/demo';
import { dayFromToday, inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';
import { plain } from './helpers.ts';

const region = buildDemoRegion();
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const PERSON = '11111111-1111-4111-8111-111111111111';
const RECORD = `mutation ($input: RecordChcDecisionInput!) { recordChcDecision(input: $input) { id decidedOn outcome nextReview healthBody { odsCode name } } }`;

describe('health subgraph', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  let decisions: () => Promise<number>;
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
    decisions = () => (sg.database.client as any).chcDecision.count();
  });
  afterAll(() => sg.stop());
  const run = async (query: string, variables?: Record<string, unknown>) => plain(await sg.execute(query, variables));

  it('lists every health body, English ICBs before Welsh health boards', async () => {
    const res = await run(`{ healthBodies { id odsCode nation } }`);
    assert.equal(res.errors, undefined);
    const got = res.data.healthBodies;
    assert.deepEqual(new Set(got.map((b: any) => b.id)), new Set(region.healthBodies.map((b) => b.id)));
    assert.deepEqual(
      got.map((b: any) => b.nation),
      [...got.map((b: any) => b.nation)].sort(),
    );
  });

  it('finds a health body by ODS code (any case) and by id', async () => {
    const body = region.healthBodies[0];
    const byCode = await run(`query ($c: String) { healthBody(odsCode: $c) { id name } }`, { c: ` ${body.odsCode.toLowerCase()} ` });
    assert.equal(byCode.errors, undefined);
    assert.deepEqual(byCode.data.healthBody, { id: body.id, name: body.name });
    const byId = await run(`query ($id: ID) { healthBody(id: $id) { odsCode } }`, { id: body.id });
    assert.deepEqual(byId.data.healthBody, { odsCode: body.odsCode });
  });

  const lookups: [string, string, string, string][] = [
    ['both id and odsCode', `{ healthBody(id: "${UNKNOWN}", odsCode: "QHM") { id } }`, 'BAD_USER_INPUT', 'id'],
    ['neither id nor odsCode', `{ healthBody { id } }`, 'BAD_USER_INPUT', 'id'],
    ['a malformed id', `{ healthBody(id: "42") { id } }`, 'BAD_USER_INPUT', 'id'],
    ['an unknown id', `{ healthBody(id: "${UNKNOWN}") { id } }`, 'NOT_FOUND', 'id'],
    ['an unknown ODS code', `{ healthBody(odsCode: "ZZZ") { id } }`, 'NOT_FOUND', 'odsCode'],
    ['an unknown personal health budget', `{ personalHealthBudget(id: "${UNKNOWN}") { id } }`, 'NOT_FOUND', 'id'],
    ['a malformed personal health budget id', `{ personalHealthBudget(id: "phb-1") { id } }`, 'BAD_USER_INPUT', 'id'],
  ];
  for (const [what, query, code, field] of lookups) {
    it(`answers ${what} with ${code} on ${field}`, async () => {
      const res = await run(query);
      assert.equal(res.errors?.[0].extensions?.code, code);
      assert.equal(res.errors?.[0].extensions?.field, field);
    });
  }

  it('finds a personal health budget by id', async () => {
    const phb = region.personalHealthBudgets[0];
    const res = await run(`query ($id: ID!) { personalHealthBudget(id: $id) { id management funderCode person { id } } }`, { id: phb.id });
    assert.equal(res.errors, undefined);
    assert.deepEqual(res.data.personalHealthBudget, {
      id: phb.id,
      management: phb.management,
      funderCode: phb.healthBodyOdsCode,
      person: { id: phb.personId },
    });
  });

  it('gives every seeded integrated budget shares that add up to 100, from a council and an NHS body', async () => {
    const ids = region.integratedBudgets.map((b) => b.id);
    assert.ok(ids.length > 0, 'the region has integrated budgets');
    const res = await run(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on IntegratedBudget { id shares { funderKind percentage } } } }`,
      {
        reps: ids.map((id) => ({ __typename: 'IntegratedBudget', id })),
      },
    );
    assert.equal(res.errors, undefined);
    for (const budget of res.data._entities) {
      const total = budget.shares.reduce((sum: number, s: any) => sum + s.percentage, 0);
      assert.equal(total, 100, `shares of integrated budget ${budget.id}`);
      assert.deepEqual(new Set(budget.shares.map((s: any) => s.funderKind)), new Set(['COUNCIL', 'HEALTH']), `funders of ${budget.id}`);
    }
  });

  it("records a CHC decision, which then appears among the person's decisions", async () => {
    const before = await decisions();
    const body = region.healthBodies[0];
    const decidedOn = isoDate(today());
    const nextReview = isoDate(addDays(today(), 90));
    const res = await run(RECORD, {
      input: { personId: PERSON.toUpperCase(), healthBodyOdsCode: body.odsCode.toLowerCase(), decidedOn, outcome: 'ELIGIBLE', nextReview },
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const recorded = res.data.recordChcDecision;
    assert.deepEqual(
      { ...recorded, id: undefined },
      { id: undefined, decidedOn, outcome: 'ELIGIBLE', nextReview, healthBody: { odsCode: body.odsCode, name: body.name } },
    );
    assert.equal(await decisions(), before + 1);
    const person = await run(`query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { chcDecisions { id } } } }`, {
      reps: [{ __typename: 'Person', id: PERSON }],
    });
    assert.deepEqual(person.data._entities[0].chcDecisions, [{ id: recorded.id }]);
  });

  it('records a fast-track decision with no review date', async () => {
    const res = await run(RECORD, {
      input: {
        personId: PERSON,
        healthBodyOdsCode: region.healthBodies.at(-1)!.odsCode,
        decidedOn: dayFromToday(-30),
        outcome: 'FAST_TRACK',
      },
    });
    assert.equal(res.errors, undefined);
    assert.equal(res.data.recordChcDecision.nextReview, null);
  });

  // A valid decision (a month back, reviewed a year on), which each refusal below spoils in one way.
  const decidedOn = dayFromToday(-30);
  const good = {
    personId: PERSON,
    healthBodyOdsCode: region.healthBodies[0].odsCode,
    decidedOn,
    outcome: 'NOT_ELIGIBLE',
    nextReview: dayFromToday(335),
  };
  const refusals: [string, Record<string, unknown>, string, string, RegExp][] = [
    ['an unknown ODS code', { healthBodyOdsCode: 'ZZZ' }, 'NOT_FOUND', 'input.healthBodyOdsCode', /HealthBody/],
    ['an empty ODS code', { healthBodyOdsCode: '  ' }, 'BAD_USER_INPUT', 'input.healthBodyOdsCode', /empty/],
    [
      'a decision dated in the future',
      { decidedOn: isoDate(addDays(today(), 1)), nextReview: null },
      'BAD_USER_INPUT',
      'input.decidedOn',
      /future/,
    ],
    ['a review on the decision day', { nextReview: decidedOn }, 'BAD_USER_INPUT', 'input.nextReview', /after the decision date/],
    [
      'a review before the decision (the day before)',
      { nextReview: dayFromToday(-31) },
      'BAD_USER_INPUT',
      'input.nextReview',
      /after the decision date/,
    ],
    ['a malformed person id', { personId: 'person-1' }, 'BAD_USER_INPUT', 'input.personId', /UUID/],
  ];
  for (const [what, override, code, field, reason] of refusals) {
    it(`refuses ${what} with ${code} on ${field} and writes nothing`, async () => {
      const before = await decisions();
      const res = await run(RECORD, { input: { ...good, ...override } });
      assert.equal(res.data, null);
      assert.equal(res.errors?.[0].extensions?.code, code);
      assert.equal(res.errors?.[0].extensions?.field, field);
      assert.match(`${res.errors![0].message} ${res.errors![0].extensions!.reason}`, reason);
      assert.equal(await decisions(), before);
    });
  }

  it('refuses an impossible decision date (30 February) as BAD_USER_INPUT and writes nothing', async () => {
    const before = await decisions();
    const res = await run(RECORD, { input: { ...good, decidedOn: '2025-02-30' } });
    assert.equal(res.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.match(res.errors![0].message, /2025-02-30/);
    assert.equal(await decisions(), before);
  });
});
