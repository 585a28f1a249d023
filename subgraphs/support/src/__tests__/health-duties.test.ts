import { buildDemoRegion } from '@continuum/demo';
import { inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';
import { byStartThenId, isActive, pinnedToday } from './expected.ts';

const region = buildDemoRegion();
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
type Employment = (typeof region.employments)[number];

const COVER_FIELDS = 'id healthDuties healthDutiesCover { insuranceUpdated payRateUpdated hourlyRate reviewedOn }';
const UPDATE = `mutation ($id: ID!, $input: UpdateEmploymentInput!, $key: String) {
  updateEmployment(id: $id, input: $input, idempotencyKey: $key) { ${COVER_FIELDS} contractSigned }
}`;
const LIST = `query ($filter: EmploymentFilter, $first: Int, $after: String) {
  employments(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } }
}`;

/** What the seeded employment should show for its health duties. */
function coverView(e: Employment) {
  return {
    id: e.id,
    healthDuties: e.healthDuties ?? false,
    healthDutiesCover: {
      insuranceUpdated: e.insuranceUpdated ?? false,
      payRateUpdated: e.payRateUpdated ?? false,
      hourlyRate: e.healthHourlyRate ?? null,
      reviewedOn: e.healthDutiesReviewedOn ?? null,
    },
  };
}

const coverIncomplete = (e: Employment) => e.healthDuties === true && !(e.insuranceUpdated && e.payRateUpdated);

describe('support subgraph: health duties on employments', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  let db: any;
  const row = (id: string) => db.employment.findUnique({ where: { id } });
  const keys = () => db.idempotencyKey.count();

  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
    db = sg.database.client;
  });
  afterAll(() => sg.stop());

  describe('reading', () => {
    it("shows each employment's health duties and cover as seeded: complete, incomplete and none", async () => {
      const complete = region.employments.find((e) => e.healthDuties && e.insuranceUpdated && e.payRateUpdated)!;
      const incomplete = region.employments.find((e) => e.healthDuties && !e.payRateUpdated)!;
      const none = region.employments.find((e) => !e.healthDuties)!;
      const res = await sg.execute(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Employment { ${COVER_FIELDS} } } }`,
        {
          reps: [complete, incomplete, none].map((e) => ({ __typename: 'Employment', id: e.id })),
        },
      );
      assert.equal(res.errors, undefined);
      assert.deepEqual(res.data._entities, [coverView(complete), coverView(incomplete), coverView(none)]);
      assert.equal(typeof res.data._entities[0].healthDutiesCover.hourlyRate, 'number');
      assert.equal(res.data._entities[1].healthDutiesCover.hourlyRate, null);
    });

    it("gives a person's whole employment history, oldest first, ended ones included", async () => {
      const ended = region.employments.find((e) => e.end !== null)!;
      const person = ended.employerPersonId;
      const res = await sg.execute(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { employmentHistory { id start end active } } } }`,
        {
          reps: [
            { __typename: 'Person', id: person },
            { __typename: 'Person', id: UNKNOWN },
            { __typename: 'Person', id: 'not-an-id' },
          ],
        },
      );
      assert.equal(res.errors, undefined);
      const expected = region.employments.filter((e) => e.employerPersonId === person).sort(byStartThenId);
      assert.deepEqual(
        res.data._entities[0].employmentHistory,
        expected.map((e) => ({ id: e.id, start: e.start, end: e.end, active: isActive(e) })),
      );
      assert.deepEqual(res.data._entities[1].employmentHistory, []);
      assert.deepEqual(res.data._entities[2].employmentHistory, []);
    });
  });

  describe('Query.employments', () => {
    it('answers "which PAs doing health duties have not had insurance or pay updated?" in pages, start then id', async () => {
      const expected = region.employments.filter(coverIncomplete).sort(byStartThenId);
      assert.ok(expected.length > 50, 'the demo has more than a page of them');
      const filter = { healthDutiesCoverComplete: false };
      const first = await sg.execute(LIST, { filter, first: 50 });
      assert.equal(first.errors, undefined);
      const page = first.data.employments;
      assert.equal(page.totalCount, expected.length);
      assert.equal(page.pageInfo.hasNextPage, true);
      assert.equal(page.pageInfo.endCursor, page.edges[49].cursor);
      const second = await sg.execute(LIST, { filter, first: 100, after: page.pageInfo.endCursor });
      const ids = [...page.edges, ...second.data.employments.edges].map((e: any) => e.node.id);
      assert.deepEqual(
        ids,
        expected.slice(0, 150).map((e) => e.id),
      );
      assert.equal(second.data.employments.pageInfo.hasNextPage, expected.length > 150);
    });

    it('filters by employer, PA, active, health duties and complete cover', async () => {
      const sample = region.employments.find((e) => e.healthDuties && e.end === null)!;
      const cases: [Record<string, unknown>, (e: Employment) => boolean][] = [
        [{ employerPersonId: sample.employerPersonId.toUpperCase() }, (e) => e.employerPersonId === sample.employerPersonId],
        [{ personalAssistantId: sample.personalAssistantId }, (e) => e.personalAssistantId === sample.personalAssistantId],
        [{ activeOnly: true, healthDuties: true }, (e) => isActive(e) && e.healthDuties === true],
        [{ healthDuties: false }, (e) => !e.healthDuties],
        [{ healthDutiesCoverComplete: true }, (e) => e.healthDuties === true && e.insuranceUpdated === true && e.payRateUpdated === true],
        [{ activeOnly: false }, () => true],
      ];
      for (const [filter, matches] of cases) {
        const res = await sg.execute(LIST, { filter, first: 100 });
        assert.equal(res.errors, undefined, JSON.stringify(filter));
        const expected = region.employments.filter(matches).sort(byStartThenId);
        assert.equal(res.data.employments.totalCount, expected.length, JSON.stringify(filter));
        assert.deepEqual(
          res.data.employments.edges.map((e: any) => e.node.id),
          expected.slice(0, 100).map((e) => e.id),
          JSON.stringify(filter),
        );
      }
    });

    it('refuses a malformed id in the filter, a page above 100 and a cursor it did not issue', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ filter: { employerPersonId: 'person-1' } }, 'filter.employerPersonId'],
        [{ filter: { personalAssistantId: '42' } }, 'filter.personalAssistantId'],
        [{ first: 101 }, 'first'],
        [{ after: 'bm90LWEtY3Vyc29y' }, 'after'],
        [{ after: Buffer.from(`c:${UNKNOWN}`).toString('base64url') }, 'after'],
      ];
      for (const [vars, field] of cases) {
        const res = await sg.execute(LIST, vars);
        assert.equal(res.errors?.[0].extensions?.code, 'BAD_USER_INPUT', JSON.stringify(vars));
        assert.equal(res.errors?.[0].extensions?.field, field);
      }
    });
  });

  describe('Mutation.updateEmployment', () => {
    const incomplete = region.employments.filter((e) => coverIncomplete(e) && !e.insuranceUpdated);

    it('records updated insurance and pay: the cover is complete, dated today, and the PA leaves the "not updated" list', async () => {
      const target = incomplete[0];
      const countIncomplete = async () =>
        (await sg.execute(LIST, { filter: { healthDutiesCoverComplete: false }, first: 1 })).data.employments.totalCount;
      const before = await countIncomplete();
      const res = await sg.execute(UPDATE, { id: target.id, input: { insuranceUpdated: true, hourlyRate: 15.35 } });
      assert.equal(res.errors, undefined);
      assert.deepEqual(res.data.updateEmployment, {
        id: target.id,
        healthDuties: true,
        contractSigned: target.contractSigned,
        healthDutiesCover: { insuranceUpdated: true, payRateUpdated: true, hourlyRate: 15.35, reviewedOn: pinnedToday() },
      });
      assert.equal(await countIncomplete(), before - 1);
    });

    it('takes on health duties and a signed contract for a PA who had none, leaving the rest alone', async () => {
      const target = region.employments.find((e) => !e.healthDuties && !e.contractSigned && e.end === null)!;
      const res = await sg.execute(UPDATE, { id: target.id, input: { healthDuties: true, contractSigned: true, insuranceUpdated: null } });
      assert.equal(res.errors, undefined);
      assert.deepEqual(res.data.updateEmployment, {
        id: target.id,
        healthDuties: true,
        contractSigned: true,
        healthDutiesCover: { insuranceUpdated: false, payRateUpdated: false, hourlyRate: null, reviewedOn: null },
      });
      const list = await sg.execute(LIST, { filter: { healthDutiesCoverComplete: false, employerPersonId: target.employerPersonId } });
      assert.ok(
        list.data.employments.edges.some((e: any) => e.node.id === target.id),
        'now listed as health duties without cover',
      );
    });

    it('repeats with the same idempotency key answer the first result and write nothing', async () => {
      const target = incomplete[1];
      const key = `update-${randomUUID()}`;
      const keysBefore = await keys();
      const first = await sg.execute(UPDATE, { id: target.id, input: { insuranceUpdated: true }, key });
      assert.equal(first.errors, undefined);
      assert.equal(first.data.updateEmployment.healthDutiesCover.insuranceUpdated, true);
      assert.equal(await keys(), keysBefore + 1);
      // Someone then corrects it without a key; the repeat must not write the old answer over that.
      await sg.execute(UPDATE, { id: target.id, input: { insuranceUpdated: false } });
      const repeat = await sg.execute(UPDATE, { id: target.id, input: { insuranceUpdated: true }, key });
      assert.equal(repeat.errors, undefined);
      assert.equal(repeat.data.updateEmployment.id, target.id);
      assert.equal((await row(target.id)).insuranceUpdated, false, 'the repeat wrote nothing');
      assert.equal(await keys(), keysBefore + 1);
      // The same key for a different request is refused.
      const other = await sg.execute(UPDATE, { id: target.id, input: { payRateUpdated: true }, key });
      assert.equal(other.errors?.[0].extensions?.code, 'CONFLICT');
      assert.equal(other.errors?.[0].extensions?.field, 'idempotencyKey');
      assert.equal(await keys(), keysBefore + 1);
    });

    it('lets exactly one of two concurrent requests with the same key write', async () => {
      const target = incomplete[2];
      const key = `race-${randomUUID()}`;
      const keysBefore = await keys();
      const [a, b] = await Promise.all([
        sg.execute(UPDATE, { id: target.id, input: { payRateUpdated: true, hourlyRate: 16 }, key }),
        sg.execute(UPDATE, { id: target.id, input: { payRateUpdated: true, hourlyRate: 16 }, key }),
      ]);
      assert.equal(a.errors, undefined);
      assert.equal(b.errors, undefined);
      assert.deepEqual(a.data, b.data);
      assert.equal(await keys(), keysBefore + 1);
    });

    const target = region.employments.find((e) => coverIncomplete(e))!;
    const badInputs: [string, string, Record<string, unknown>, string, string, string][] = [
      ['an unknown employment', UNKNOWN, { contractSigned: true }, 'NOT_FOUND', 'id', 'Employment'],
      ['a malformed id', 'employment-1', { contractSigned: true }, 'BAD_USER_INPUT', 'id', 'UUID'],
      ['no field to change', target.id, {}, 'BAD_USER_INPUT', 'input', 'at least one'],
      ['only nulls', target.id, { healthDuties: null, hourlyRate: null }, 'BAD_USER_INPUT', 'input', 'at least one'],
      ['a zero rate', target.id, { hourlyRate: 0 }, 'BAD_USER_INPUT', 'input.hourlyRate', 'greater than zero'],
      ['a negative rate', target.id, { hourlyRate: -12.5 }, 'BAD_USER_INPUT', 'input.hourlyRate', 'greater than zero'],
      ['a rate above £100', target.id, { hourlyRate: 100.01 }, 'BAD_USER_INPUT', 'input.hourlyRate', 'at most 100'],
      ['a rate finer than a penny', target.id, { hourlyRate: 14.555 }, 'BAD_USER_INPUT', 'input.hourlyRate', 'two decimal places'],
    ];
    for (const [what, id, input, code, field, reason] of badInputs) {
      it(`refuses ${what} with ${code} on ${field} and writes nothing`, async () => {
        const before = await row(target.id);
        const keysBefore = await keys();
        const res = await sg.execute(UPDATE, { id, input, key: `bad-${randomUUID()}` });
        assert.equal(res.data, null);
        assert.equal(res.errors?.[0].extensions?.code, code);
        assert.equal(res.errors?.[0].extensions?.field, field);
        assert.match(res.errors![0].message + res.errors![0].extensions!.reason, new RegExp(reason));
        assert.deepEqual(await row(target.id), before);
        assert.equal(await keys(), keysBefore);
      });
    }

    it('accepts exactly £100.00 an hour, the ceiling', async () => {
      const res = await sg.execute(UPDATE, { id: incomplete[3].id, input: { hourlyRate: 100 } });
      assert.equal(res.errors, undefined);
      assert.equal(res.data.updateEmployment.healthDutiesCover.hourlyRate, 100);
    });
  });

  describe('batching', () => {
    it("issues as many statements for 200 people's employment histories and cover as for 10", async () => {
      const employers = [...new Set(region.employments.map((e) => e.employerPersonId))];
      const query = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person {
        employmentHistory { id healthDuties healthDutiesCover { insuranceUpdated hourlyRate } personalAssistant { id givenName } }
      } } }`;
      const statementsFor = async (n: number) => {
        const before = sg.database.statementCount();
        const res = await sg.execute(query, { reps: employers.slice(0, n).map((id) => ({ __typename: 'Person', id })) });
        assert.equal(res.errors, undefined);
        assert.equal(res.data._entities.length, n);
        return sg.database.statementCount() - before;
      };
      const small = await statementsFor(10);
      const large = await statementsFor(200);
      assert.equal(large, small);
      assert.ok(small <= 3, `a handful of statements, got ${small}`);
    });
  });
});
