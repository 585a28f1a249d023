import { buildDemoRegion } from '@continuum/demo';
import { inProcessSubgraph } from '@continuum/dev/testing';
import { insertRows } from '@continuum/runtime';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { readPaRegister } from '../import/index.ts';
import { backfillPaMatchKeys } from '../matching/keys.ts';
import { subgraph } from '../subgraph.ts';

const region = buildDemoRegion();
const register = region.supportOrganisations[0]!;
const GIVEN = ['Alan', 'Brenda', 'Colin', 'Doreen', 'Eric', 'Fiona', 'Gordon', 'Hilda', 'Ian', 'Joan', 'Keith', 'Linda'];
const SYLLABLES = ['ash', 'bry', 'cal', 'dun', 'elm', 'fen', 'gar', 'hol', 'ing', 'jor', 'kel', 'lin', 'mor', 'nor', 'orb', 'pel'];

const REGISTER = `mutation ($input: RegisterPersonalAssistantInput!) {
  registerPersonalAssistant(input: $input) {
    outcome matchedBy personalAssistant { id }
    review { candidates { personalAssistant { id } rule score contributions { field comparison weight detail } } }
  }
}`;

/** A deterministic stream (xorshift), so the register is the same every run. */
function stream(seed: number) {
  let x = seed;
  return (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

/**
 * 11,000 PAs born 1960-1999 written straight into the register (as an older hub held them,
 * without match keys or counts), a quarter of them Smiths; two born in 1958, when no one else
 * was: Wendy Smith and Wendy Quennell, the only Quennell.
 */
function pas(): unknown[][] {
  const next = stream(7);
  const row = (givenName: string, familyName: string, dateOfBirth: string, ni: string, sex: string) => [
    randomUUID(),
    givenName,
    familyName,
    dateOfBirth,
    ni,
    'EMPLOYED',
    'NE5',
    'NOT_CHECKED',
    [],
    [],
    '[]',
    register.id,
    sex,
  ];
  const rows: unknown[][] = [];
  for (let i = 0; i < 11_000; i++) {
    const family = next(4) === 0 ? 'Smith' : `${SYLLABLES[next(16)]}${SYLLABLES[next(16)]}ley`;
    const given = GIVEN[next(GIVEN.length)]!;
    const dob = `${1960 + next(40)}-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`;
    rows.push(row(given, family, dob, `${String(next(100)).padStart(2, '0')}${'ABCD'[next(4)]}`, GIVEN.indexOf(given) % 2 ? 'F' : 'M'));
  }
  rows.push(row('Wendy', 'Smith', '1958-03-14', '12A', 'F'), row('Wendy', 'Quennell', '1958-07-21', '34B', 'F'));
  return rows;
}

describe('PA registration weighs agreement by how common a name is on the register, and compares sex', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  let db: any;
  const ids: Record<string, string> = {};
  let n = 0;
  const register_ = async (input: Record<string, unknown>) => {
    const res = await sg.execute(REGISTER, {
      // Each from another register, so no register already holding the PA under another reference stands in the way.
      input: { registerOrganisationId: region.supportOrganisations[++n]!.id, registerReference: `TF-${n}`, ...input },
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return res.data.registerPersonalAssistant;
  };
  const termCount = async (field: string, value: string) =>
    (await db.paTermCount.findUnique({ where: { field_value: { field, value } } }))?.count ?? 0;

  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
    db = sg.database.client;
    const rows = pas();
    const columns = [
      'id',
      'given_name',
      'family_name',
      'date_of_birth',
      'ni_number_suffix',
      'employment_status',
      'postcode_district',
      'dbs_status',
      'services',
      'languages',
      'availability',
      'register_organisation_id',
      'sex',
    ];
    await insertRows(db, 'personal_assistant', columns, rows);
    ids.smith = rows.at(-2)![0] as string;
    ids.quennell = rows.at(-1)![0] as string;
  });
  afterAll(() => sg.stop());

  it('the backfill keys and counts PAs written without them, every PA held counted once', async () => {
    assert.equal(await termCount('FAMILY_NAME', 'quennell'), 0);
    await backfillPaMatchKeys(db);
    assert.equal(await termCount('RECORDS', ''), await db.personalAssistant.count());
    assert.equal(await termCount('FAMILY_NAME', 'smith'), await db.personalAssistant.count({ where: { familyName: 'Smith' } }));
    assert.equal(await termCount('FAMILY_NAME', 'quennell'), 1);
    // 11,000 PAs keyed and counted: minutes on a busy machine.
  }, 600_000);

  // Another postcode area, the NI suffix agreeing: the same evidence but for the family name.
  const wendy = (familyName: string, dateOfBirth: string, niNumberSuffix: string) => ({
    givenName: 'Wendy',
    familyName,
    dateOfBirth,
    niNumberSuffix,
    postcodeDistrict: 'DH1',
  });
  const family = (r: any) => r.review.candidates[0].contributions.find((c: any) => c.field === 'FAMILY_NAME');

  it('scores agreement on the commonest family name well below agreement on a rare one', async () => {
    const rare = await register_(wendy('Quennell', '1958-07-21', '34B'));
    const common = await register_(wendy('Smith', '1958-03-14', '12A'));
    assert.equal(rare.personalAssistant.id, ids.quennell);
    assert.equal(common.personalAssistant.id, ids.smith);
    const [r, c] = [rare.review.candidates[0], common.review.candidates[0]];
    assert.ok(c.score < r.score - 6, `Smith ${c.score} against Quennell ${r.score}`);
    assert.ok(family(common).weight < 3 && family(rare).weight > 9, `${family(common).weight} / ${family(rare).weight}`);
    assert.match(family(common).detail, /^common: held by 1 record in \d /);
    assert.match(family(rare).detail, /^rare: /);
  });

  it('counts a PA registration creates', async () => {
    const before = await termCount('RECORDS', '');
    const created = await register_({ ...wendy('Threlkeld', '1961-01-02', '56C'), givenName: 'Oswin', sex: 'MALE' });
    assert.equal(created.outcome, 'CREATED');
    assert.equal(await termCount('RECORDS', ''), before + 1);
    assert.equal(await termCount('FAMILY_NAME', 'threlkeld'), 1);
    assert.equal((await db.personalAssistant.findUnique({ where: { id: created.personalAssistant.id } })).sex, 'M');
  });

  it('compares the recorded sex: a differing one keeps the approved rules from linking and weighs against the score', async () => {
    // Oswin Threlkeld, registered above as male: every record he holds says so.
    const oswin = { ...wendy('Threlkeld', '1961-01-02', '56C'), givenName: 'Oswin' };
    const same = await register_({ ...oswin, sex: 'MALE' });
    assert.equal(same.matchedBy, 'NAMES_DOB_POSTCODE');
    const differing = await register_({ ...oswin, sex: 'FEMALE' });
    const best = differing.review.candidates[0];
    assert.equal(best.personalAssistant.id, same.personalAssistant.id);
    assert.equal(best.rule, null);
    const sex = best.contributions.find((c: any) => c.field === 'SEX');
    assert.equal(sex.comparison, 'DISAGREE');
    assert.ok(sex.weight < -4, `a differing sex weighs ${sex.weight}`);
  });

  it("reads a register's Sex column, refusing a value it does not know", () => {
    const head = 'PA ID,Forename,Surname,DOB,NI Number,Postcode,Gender';
    const ok = readPaRegister(`${head}\nS-1,Ann,Lee,1980-01-01,12A,NE5,female\nS-2,Bo,Lee,1981-01-01,13A,NE5,`, register.id);
    assert.deepEqual(ok.problems, []);
    assert.deepEqual(
      ok.rows.map((r) => r.submission.sex ?? null),
      ['F', null],
    );
    const bad = readPaRegister(`${head}\nS-3,Ann,Lee,1980-01-01,12A,NE5,Q`, register.id);
    assert.deepEqual(
      bad.problems.map((p) => [p.line, p.field]),
      [[2, 'Gender']],
    );
  });
});
