import { buildDemoRegion } from '@continuum/demo';
import { nhsCheckDigit } from '@continuum/runtime';
import { inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';

const region = buildDemoRegion();

/** A check-digit-valid 999 number that no demo person holds. */
function unusedNhsNumber(): string {
  const held = new Set(region.people.map((p) => p.nhsNumber));
  for (let n = 999_999_999; ; n--) {
    const nine = String(n);
    const check = nhsCheckDigit(nine);
    if (check !== null && !held.has(nine + check)) return nine + check;
  }
}
const REGISTER = `mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { outcome person { id givenName nhsNumber { value verificationStatus } localIdentifiers { agency organisationCode value } } } }`;

describe('people subgraph', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  let count: () => Promise<number>;
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
    count = () => (sg.database.client as any).person.count();
  });
  afterAll(() => sg.stop());

  it('finds a person by NHS number, accepting the spaced 3-3-4 form', async () => {
    const p = region.people.find((x) => x.nhsNumber)!;
    const spaced = `${p.nhsNumber!.slice(0, 3)} ${p.nhsNumber!.slice(3, 6)} ${p.nhsNumber!.slice(6)}`;
    const res = await sg.execute(`query ($n: String) { person(nhsNumber: $n) { id familyName } }`, { n: spaced });
    assert.equal(res.errors, undefined);
    assert.deepEqual(res.data.person, { id: p.id, familyName: p.familyName });
  });

  it('pages through people with cursors: two pages of 50 are the first 100 in order, with the total', async () => {
    const q = `query ($first: Int, $after: String) { people(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const first = await sg.execute(q, { first: 50 });
    const second = await sg.execute(q, { first: 50, after: first.data.people.pageInfo.endCursor });
    const hundred = await sg.execute(q, { first: 100 });
    assert.equal(first.data.people.totalCount, region.people.length);
    assert.equal(first.data.people.pageInfo.hasNextPage, true);
    const paged = [...first.data.people.edges, ...second.data.people.edges].map((e: any) => e.node.id);
    assert.deepEqual(
      paged,
      hundred.data.people.edges.map((e: any) => e.node.id),
    );
    assert.equal(new Set(paged).size, 100);
  });

  it('filters people by name prefix, case-insensitively', async () => {
    const target = region.people[3];
    const res = await sg.execute(
      `query ($f: PeopleFilter) { people(filter: $f, first: 100) { totalCount edges { node { id familyName givenName } } } }`,
      { f: { name: target.familyName.toLowerCase() } },
    );
    const expected = region.people.filter(
      (p) =>
        p.familyName.toLowerCase().startsWith(target.familyName.toLowerCase()) ||
        p.givenName.toLowerCase().startsWith(target.familyName.toLowerCase()),
    );
    assert.equal(res.data.people.totalCount, expected.length);
    assert.ok(res.data.people.edges.some((e: any) => e.node.id === target.id));
  });

  it('refuses a page size above 100', async () => {
    const res = await sg.execute(`{ people(first: 101) { totalCount } }`);
    assert.equal(res.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.equal(res.errors?.[0].extensions?.field, 'first');
  });

  it('registers a person with a local identifier, status "present but not traced" by default', async () => {
    const before = await count();
    const nhsNumber = unusedNhsNumber();
    const res = await sg.execute(REGISTER, {
      input: {
        nhsNumber: `${nhsNumber.slice(0, 3)} ${nhsNumber.slice(3, 6)} ${nhsNumber.slice(6)}`,
        givenName: 'Ada',
        familyName: 'Testcase',
        dateOfBirth: '1950-06-01',
        postcodeDistrict: 'ne6',
        localIdentifiers: [{ agency: 'COUNCIL', organisationCode: 'E08000021', value: 'T-1' }],
      },
    });
    assert.equal(res.errors, undefined);
    assert.equal(res.data.registerPerson.outcome, 'CREATED');
    assert.deepEqual(res.data.registerPerson.person.nhsNumber, { value: nhsNumber, verificationStatus: 'NUMBER_PRESENT_NOT_TRACED' });
    assert.deepEqual(res.data.registerPerson.person.localIdentifiers, [{ agency: 'COUNCIL', organisationCode: 'E08000021', value: 'T-1' }]);
    assert.equal(await count(), before + 1);
  });

  const badInputs: [string, Record<string, unknown>, string, string][] = [
    ['an NHS number of the wrong length', { nhsNumber: '99900000' }, 'input.nhsNumber', 'exactly 10 digits'],
    ['an NHS number with a bad check digit', { nhsNumber: '9990000019' }, 'input.nhsNumber', 'check digit'],
    ['a date of birth in the future', { dateOfBirth: '2999-01-01' }, 'input.dateOfBirth', 'future'],
    ['an unknown postcode district shape', { postcodeDistrict: 'NOTAPOSTCODE' }, 'input.postcodeDistrict', 'postcode district'],
    ['an empty family name', { familyName: '  ' }, 'input.familyName', 'empty'],
  ];
  for (const [what, override, field, reason] of badInputs) {
    it(`refuses ${what} with BAD_USER_INPUT on ${field} and writes nothing`, async () => {
      const before = await count();
      const res = await sg.execute(REGISTER, { input: { givenName: 'Bad', familyName: 'Input', dateOfBirth: '1960-01-01', ...override } });
      assert.equal(res.data, null);
      assert.equal(res.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
      assert.equal(res.errors?.[0].extensions?.field, field);
      assert.match(res.errors![0].extensions!.reason, new RegExp(reason));
      assert.equal(await count(), before);
    });
  }

  it('refuses an impossible date (30 February) as BAD_USER_INPUT', async () => {
    const res = await sg.execute(REGISTER, { input: { givenName: 'Bad', familyName: 'Date', dateOfBirth: '1960-02-30' } });
    assert.equal(res.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.match(res.errors![0].message, /1960-02-30/);
  });

  it('rolls back the person when a local identifier clashes, answering CONFLICT', async () => {
    const holder = region.people.find((p) => p.localIdentifiers.length)!;
    const before = await count();
    const res = await sg.execute(REGISTER, {
      input: { givenName: 'Clash', familyName: 'Identifier', dateOfBirth: '1970-01-01', localIdentifiers: [holder.localIdentifiers[0]] },
    });
    assert.equal(res.errors?.[0].extensions?.code, 'CONFLICT');
    assert.equal(await count(), before);
  });

  it('never creates a second person with an NHS number already held: an unverified repeat goes to review', async () => {
    const p = region.people.find((x) => x.nhsNumber)!;
    const before = await count();
    const res = await sg.execute(REGISTER, {
      input: { nhsNumber: p.nhsNumber, givenName: 'Again', familyName: 'Twice', dateOfBirth: '1970-01-01' },
    });
    assert.equal(res.errors, undefined);
    assert.equal(res.data.registerPerson.outcome, 'SENT_TO_REVIEW');
    assert.equal(res.data.registerPerson.person, null);
    assert.equal(await count(), before);
  });

  it('answers unknown ids with NOT_FOUND and malformed ids with BAD_USER_INPUT', async () => {
    const unknown = await sg.execute(`{ person(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    assert.equal(unknown.errors?.[0].extensions?.code, 'NOT_FOUND');
    const malformed = await sg.execute(`{ person(id: "42") { id } }`);
    assert.equal(malformed.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.equal(malformed.errors?.[0].extensions?.field, 'id');
  });
});
