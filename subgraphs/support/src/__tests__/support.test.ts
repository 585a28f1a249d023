import { isoDate } from '@continuum/runtime';
import { buildDemoRegion } from '@continuum/demo';
import { inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';
import { byName, EMPLOYMENT_FIELDS, employmentView, isActive, pinnedToday } from './expected.ts';

const region = buildDemoRegion();
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const ADD = `mutation ($input: AddEmploymentInput!) { addEmployment(input: $input) { ${EMPLOYMENT_FIELDS} } }`;
const END = `mutation ($id: ID!, $end: Date!) { endEmployment(id: $id, end: $end) { ${EMPLOYMENT_FIELDS} } }`;

const pa = region.personalAssistants[0];
/** The pinned day moved by whole days, YYYY-MM-DD. */
const daysFromToday = (n: number) => new Date(Date.parse(`${pinnedToday()}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function newEmployment(override: Record<string, unknown> = {}) {
  return {
    employerPersonId: randomUUID(),
    personalAssistantId: pa.id,
    start: '2024-04-01',
    hoursPerWeek: 12.5,
    role: 'Personal assistant',
    contractSigned: true,
    ...override,
  };
}

describe('support subgraph', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  let count: () => Promise<number>;
  let endOf: (id: string) => Promise<string | null>;
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
    const db = sg.database.client as any;
    count = () => db.employment.count();
    endOf = async (id) => isoDate((await db.employment.findUnique({ where: { id } })).end);
  });
  afterAll(() => sg.stop());

  describe('queries', () => {
    it('finds a PA by id; unknown ids answer NOT_FOUND, malformed ids BAD_USER_INPUT', async () => {
      const found = await sg.execute(`query ($id: ID!) { personalAssistant(id: $id) { id familyName } }`, { id: pa.id });
      assert.deepEqual(found.data?.personalAssistant, { id: pa.id, familyName: pa.familyName });
      const unknown = await sg.execute(`{ personalAssistant(id: "${UNKNOWN}") { id } }`);
      assert.equal(unknown.errors?.[0].extensions?.code, 'NOT_FOUND');
      const malformed = await sg.execute(`{ personalAssistant(id: "42") { id } }`);
      assert.equal(malformed.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
      assert.equal(malformed.errors?.[0].extensions?.field, 'id');
    });

    it('pages through the register in name order with cursors and a total', async () => {
      const q = `query ($after: String) { personalAssistants(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
      const first = await sg.execute(q);
      assert.equal(first.errors, undefined);
      const second = await sg.execute(q, { after: first.data.personalAssistants.pageInfo.endCursor });
      const page = first.data.personalAssistants;
      assert.equal(page.totalCount, region.personalAssistants.length);
      assert.equal(page.edges.length, Math.min(50, region.personalAssistants.length));
      assert.equal(page.pageInfo.hasNextPage, region.personalAssistants.length > 50);
      const ids = [...page.edges, ...second.data.personalAssistants.edges].map((e: any) => e.node.id);
      assert.equal(new Set(ids).size, ids.length, 'pages do not overlap');
      assert.deepEqual(
        ids,
        [...region.personalAssistants]
          .sort(byName)
          .slice(0, 100)
          .map((p) => p.id),
      );
    });

    it('filters the register by postcode district, employment status and service', async () => {
      const q = `query ($filter: PersonalAssistantFilter) { personalAssistants(filter: $filter, first: 100) { totalCount edges { node { id postcodeDistrict employmentStatus services } } } }`;
      const district = pa.postcodeDistrict;
      const cases: [Record<string, string>, (p: typeof pa) => boolean][] = [
        [{ postcodeDistrict: district.toLowerCase() }, (p) => p.postcodeDistrict === district],
        [{ employmentStatus: 'SELF_EMPLOYED' }, (p) => p.employmentStatus === 'SELF_EMPLOYED'],
        [
          { service: 'HEALTH_TASKS', postcodeDistrict: district },
          (p) => p.services.includes('HEALTH_TASKS') && p.postcodeDistrict === district,
        ],
      ];
      for (const [filter, matches] of cases) {
        const res = await sg.execute(q, { filter });
        assert.equal(res.errors, undefined);
        const expected = region.personalAssistants.filter(matches);
        assert.equal(res.data.personalAssistants.totalCount, expected.length, JSON.stringify(filter));
        assert.deepEqual(
          res.data.personalAssistants.edges.map((e: any) => e.node.id),
          expected
            .sort(byName)
            .slice(0, 100)
            .map((p) => p.id),
        );
      }
    });

    it('refuses a page size above 100 and a cursor it did not issue', async () => {
      const big = await sg.execute(`{ personalAssistants(first: 101) { totalCount } }`);
      assert.equal(big.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
      assert.equal(big.errors?.[0].extensions?.field, 'first');
      const zero = await sg.execute(`{ personalAssistants(first: 0) { totalCount } }`);
      assert.equal(zero.errors?.[0].extensions?.field, 'first');
      const cursor = await sg.execute(`{ personalAssistants(after: "bm90LWEtY3Vyc29y") { totalCount } }`);
      assert.equal(cursor.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
      assert.equal(cursor.errors?.[0].extensions?.field, 'after');
    });

    it('lists support organisations, all or of one kind, by name', async () => {
      const all = await sg.execute(`{ supportOrganisations { id } }`);
      assert.equal(all.data.supportOrganisations.length, region.supportOrganisations.length);
      const kind = region.supportOrganisations[0].kinds[0];
      const some = await sg.execute(`query ($kind: SupportOrganisationKind) { supportOrganisations(kind: $kind) { id name kinds } }`, {
        kind,
      });
      const expected = region.supportOrganisations.filter((o) => o.kinds.includes(kind));
      assert.deepEqual(new Set(some.data.supportOrganisations.map((o: any) => o.id)), new Set(expected.map((o) => o.id)));
      const names = some.data.supportOrganisations.map((o: any) => o.name);
      assert.deepEqual(
        names,
        [...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    });

    it('finds an employment by id, NOT_FOUND for an unknown one', async () => {
      const e = region.employments[0];
      const res = await sg.execute(`query ($id: ID!) { employment(id: $id) { ${EMPLOYMENT_FIELDS} } }`, { id: e.id });
      assert.deepEqual(res.data.employment, employmentView(e));
      const unknown = await sg.execute(`{ employment(id: "${UNKNOWN}") { id } }`);
      assert.equal(unknown.errors?.[0].extensions?.code, 'NOT_FOUND');
    });
  });

  describe('addEmployment', () => {
    it("records an employment, which then appears in the employer's PA team and the PA's employers", async () => {
      const before = await count();
      const input = newEmployment({ start: daysFromToday(-30), role: '  Personal assistant (nights)  ', hoursPerWeek: 37.5 });
      const res = await sg.execute(ADD, { input });
      assert.equal(res.errors, undefined);
      const added = res.data.addEmployment;
      assert.deepEqual(
        { ...added, id: undefined },
        {
          id: undefined,
          employer: { id: input.employerPersonId },
          personalAssistant: { id: pa.id },
          start: input.start,
          end: null,
          hoursPerWeek: 37.5,
          role: 'Personal assistant (nights)',
          contractSigned: true,
          active: true,
        },
      );
      assert.equal(await count(), before + 1);
      const team = await sg.execute(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { paTeam { id } } ... on PersonalAssistant { employers { id } } } }`,
        {
          reps: [
            { __typename: 'Person', id: input.employerPersonId },
            { __typename: 'PersonalAssistant', id: pa.id },
          ],
        },
      );
      assert.deepEqual(team.data._entities[0].paTeam, [{ id: added.id }]);
      assert.ok(team.data._entities[1].employers.some((e: any) => e.id === added.id));
    });

    it('records a planned employment that is not active yet, and leaves it out of the default PA team', async () => {
      const input = newEmployment({ start: daysFromToday(10), end: daysFromToday(100) });
      const res = await sg.execute(ADD, { input });
      assert.equal(res.errors, undefined);
      assert.equal(res.data.addEmployment.active, false);
      const team = await sg.execute(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { now: paTeam { id } all: paTeam(includeEnded: true) { id } } } }`,
        {
          reps: [{ __typename: 'Person', id: input.employerPersonId }],
        },
      );
      assert.deepEqual(team.data._entities[0], { now: [], all: [{ id: res.data.addEmployment.id }] });
    });

    it('lets the same employer take the PA on again once an earlier employment has ended', async () => {
      const employerPersonId = randomUUID();
      const first = await sg.execute(ADD, { input: newEmployment({ employerPersonId, start: '2022-01-01', end: '2022-12-31' }) });
      const again = await sg.execute(ADD, { input: newEmployment({ employerPersonId, start: '2023-01-01' }) });
      assert.equal(first.errors, undefined);
      assert.equal(again.errors, undefined);
    });

    const badInputs: [string, Record<string, unknown>, string, string, string][] = [
      ['a malformed employer id', { employerPersonId: 'person-1' }, 'BAD_USER_INPUT', 'input.employerPersonId', 'UUID'],
      ['a malformed PA id', { personalAssistantId: 'pa-1' }, 'BAD_USER_INPUT', 'input.personalAssistantId', 'UUID'],
      ['a PA not on the register', { personalAssistantId: UNKNOWN }, 'NOT_FOUND', 'input.personalAssistantId', 'PersonalAssistant'],
      ['zero hours', { hoursPerWeek: 0 }, 'BAD_USER_INPUT', 'input.hoursPerWeek', 'greater than zero'],
      ['negative hours', { hoursPerWeek: -4 }, 'BAD_USER_INPUT', 'input.hoursPerWeek', 'greater than zero'],
      ['more hours than a week has', { hoursPerWeek: 168.5 }, 'BAD_USER_INPUT', 'input.hoursPerWeek', 'at most 168'],
      ['hours finer than a hundredth', { hoursPerWeek: 10.125 }, 'BAD_USER_INPUT', 'input.hoursPerWeek', 'two decimal places'],
      ['an end before the start', { start: '2024-05-01', end: '2024-04-30' }, 'BAD_USER_INPUT', 'input.end', 'on or after the start'],
      ['an empty role', { role: '   ' }, 'BAD_USER_INPUT', 'input.role', 'empty'],
    ];
    for (const [what, override, code, field, reason] of badInputs) {
      it(`refuses ${what} with ${code} on ${field} and writes nothing`, async () => {
        const before = await count();
        const res = await sg.execute(ADD, { input: newEmployment(override) });
        assert.equal(res.data, null);
        assert.equal(res.errors?.[0].extensions?.code, code);
        assert.equal(res.errors?.[0].extensions?.field, field);
        assert.match(res.errors![0].message + res.errors![0].extensions!.reason, new RegExp(reason));
        assert.equal(await count(), before);
      });
    }

    it('accepts exactly 168 hours a week (a live-in arrangement at the limit)', async () => {
      const res = await sg.execute(ADD, { input: newEmployment({ hoursPerWeek: 168 }) });
      assert.equal(res.errors, undefined);
      assert.equal(res.data.addEmployment.hoursPerWeek, 168);
    });

    it('refuses an impossible date (31 April) as BAD_USER_INPUT and writes nothing', async () => {
      const before = await count();
      const res = await sg.execute(ADD, { input: newEmployment({ start: '2024-04-31' }) });
      assert.equal(res.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
      assert.match(res.errors![0].message, /2024-04-31/);
      assert.equal(await count(), before);
    });

    it('answers CONFLICT on input.start when the employer already employs the PA over the same days', async () => {
      const existing = region.employments.find((e) => !e.end) ?? region.employments[0];
      const before = await count();
      const res = await sg.execute(ADD, {
        input: newEmployment({
          employerPersonId: existing.employerPersonId,
          personalAssistantId: existing.personalAssistantId,
          start: existing.end ?? daysFromToday(5),
        }),
      });
      assert.equal(res.data, null);
      assert.equal(res.errors?.[0].extensions?.code, 'CONFLICT');
      assert.equal(res.errors?.[0].extensions?.field, 'input.start');
      // The refusal names no date, id or state of the employment it collides with.
      assert.equal(res.errors![0].extensions!.reason, 'this person already employs this PA for part of that period');
      assert.doesNotMatch(JSON.stringify(res.errors), new RegExp(`${existing.start}|${existing.id}`));
      assert.equal(await count(), before);
    });

    it('counts a shared boundary day as an overlap (an end date is the last day worked)', async () => {
      const employerPersonId = randomUUID();
      await sg.execute(ADD, { input: newEmployment({ employerPersonId, start: '2021-01-01', end: '2021-06-30' }) });
      const before = await count();
      const res = await sg.execute(ADD, { input: newEmployment({ employerPersonId, start: '2020-01-01', end: '2021-01-01' }) });
      assert.equal(res.errors?.[0].extensions?.code, 'CONFLICT');
      assert.equal(await count(), before);
    });

    it('lets only one of two simultaneous overlapping requests through', async () => {
      const employerPersonId = randomUUID();
      const before = await count();
      const results = await Promise.all([0, 1].map(() => sg.execute(ADD, { input: newEmployment({ employerPersonId }) })));
      assert.deepEqual(results.map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort(), ['CONFLICT', 'OK']);
      assert.equal(await count(), before + 1);
    });
  });

  describe('endEmployment', () => {
    async function openEmployment(start = '2023-03-01'): Promise<string> {
      const res = await sg.execute(ADD, { input: newEmployment({ start }) });
      return res.data.addEmployment.id;
    }

    it('ends an open employment on the given day', async () => {
      const id = await openEmployment();
      const res = await sg.execute(END, { id, end: '2024-01-31' });
      assert.equal(res.errors, undefined);
      assert.equal(res.data.endEmployment.end, '2024-01-31');
      assert.equal(res.data.endEmployment.active, false);
      assert.equal(await endOf(id), '2024-01-31');
    });

    it('ends a demo employment that is running today', async () => {
      const running = region.employments.find((e) => !e.end && isActive(e))!;
      const res = await sg.execute(END, { id: running.id, end: daysFromToday(0) });
      assert.equal(res.errors, undefined);
      assert.equal(res.data.endEmployment.active, true, 'the last day worked is still covered');
    });

    it("moves a notice period's end date that is still to come", async () => {
      const id = await openEmployment();
      await sg.execute(END, { id, end: daysFromToday(60) });
      const res = await sg.execute(END, { id, end: daysFromToday(30) });
      assert.equal(res.errors, undefined);
      assert.equal(res.data.endEmployment.end, daysFromToday(30));
    });

    it('answers NOT_FOUND for an unknown employment and BAD_USER_INPUT for a malformed id', async () => {
      const unknown = await sg.execute(END, { id: UNKNOWN, end: '2024-01-01' });
      assert.equal(unknown.errors?.[0].extensions?.code, 'NOT_FOUND');
      assert.equal(unknown.errors?.[0].extensions?.field, 'id');
      const malformed = await sg.execute(END, { id: 'e-1', end: '2024-01-01' });
      assert.equal(malformed.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
      assert.equal(malformed.errors?.[0].extensions?.field, 'id');
    });

    it('refuses an end before the start and leaves the employment open', async () => {
      const id = await openEmployment('2023-03-01');
      const res = await sg.execute(END, { id, end: '2023-02-28' });
      assert.equal(res.data, null);
      assert.equal(res.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
      assert.equal(res.errors?.[0].extensions?.field, 'end');
      assert.match(res.errors![0].extensions!.reason, /on or after the start/);
      assert.equal(await endOf(id), null);
    });

    it('refuses to end an employment that has already ended, keeping its end date', async () => {
      const ended = region.employments.find((e) => e.end && !isActive(e) && e.start <= e.end && e.end < daysFromToday(0))!;
      const res = await sg.execute(END, { id: ended.id, end: ended.end });
      assert.equal(res.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
      assert.equal(res.errors?.[0].extensions?.field, 'id');
      assert.match(res.errors![0].extensions!.reason, /already ended/);
      assert.equal(await endOf(ended.id), ended.end);
    });

    it('refuses an impossible end date', async () => {
      const id = await openEmployment();
      const res = await sg.execute(END, { id, end: '2023-02-29' });
      assert.equal(res.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
      assert.equal(await endOf(id), null);
    });

    it('answers CONFLICT when moving a planned end would run into a later employment with the same PA', async () => {
      const employerPersonId = randomUUID();
      const first = await sg.execute(ADD, {
        input: newEmployment({ employerPersonId, start: daysFromToday(-10), end: daysFromToday(20) }),
      });
      await sg.execute(ADD, { input: newEmployment({ employerPersonId, start: daysFromToday(40) }) });
      const id = first.data.addEmployment.id;
      const res = await sg.execute(END, { id, end: daysFromToday(50) });
      assert.equal(res.errors?.[0].extensions?.code, 'CONFLICT');
      assert.equal(res.errors?.[0].extensions?.field, 'end');
      assert.equal(await endOf(id), daysFromToday(20));
    });
  });
});
