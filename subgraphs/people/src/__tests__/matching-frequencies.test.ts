import { inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { importClientList, readClientList } from '../import/index.ts';
import { subgraph } from '../subgraph.ts';
import { freshIdentifier, REGISTER } from './matching-fixtures.ts';

const ORG = 'E06000057';
const GIVEN = ['Alan', 'Brenda', 'Colin', 'Doreen', 'Eric', 'Fiona', 'Gordon', 'Hilda', 'Ian', 'Joan', 'Keith', 'Linda'];
const SYLLABLES = ['ash', 'bry', 'cal', 'dun', 'elm', 'fen', 'gar', 'hol', 'ing', 'jor', 'kel', 'lin', 'mor', 'nor', 'orb', 'pel'];

/** A deterministic stream (xorshift), so the file is the same every run. */
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
 * A council's list of 12,000 clients born 1930-1999: a quarter of them Smiths, the rest under
 * 256 made-up family names. With the 6,000 demo people the register holds 18,000, enough for
 * frequencies to count. Two people born in 1925 (no one else is) are the ones registered again:
 * a William Smith and a William Quennell, the only Quennell.
 */
function clientList(): string {
  const next = stream(20);
  const lines = ['Client ID,Forename,Surname,Date of Birth,Postcode,Sex'];
  for (let i = 0; i < 12_000; i++) {
    const family = next(4) === 0 ? 'Smith' : `${SYLLABLES[next(16)]}${SYLLABLES[next(16)]}ley`;
    const given = GIVEN[next(GIVEN.length)]!;
    const dob = `${String(1 + next(28)).padStart(2, '0')}/${String(1 + next(12)).padStart(2, '0')}/${1930 + next(70)}`;
    lines.push(`TF-${i},${given},${family},${dob},NE${1 + next(60)} 1AA,${GIVEN.indexOf(given) % 2 ? 'F' : 'M'}`);
  }
  lines.push('TF-SMITH,William,Smith,14/03/1925,NE5 2BB,M', 'TF-QUENNELL,William,Quennell,21/07/1925,NE5 2BB,M');
  return lines.join('\n');
}

describe('registration and import weigh agreement by how common a name is among the people held, and compare sex', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  let db: any;
  const ids: Record<string, string> = {};
  const termCount = async (field: string, value: string) =>
    (await db.personTermCount.findUnique({ where: { field_value: { field, value } } }))?.count ?? 0;

  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
    db = sg.database.client;
    const text = clientList();
    const read = readClientList(text, 'COUNCIL', ORG);
    assert.deepEqual(read.problems, []);
    const summary = await importClientList(db, read.rows, {
      agency: 'COUNCIL',
      organisationCode: ORG,
      fileName: 'clients.csv',
      fileText: text,
      importedBy: 'test',
    });
    for (const r of summary.rows) if (r.personId) ids[r.localId] = r.personId;
    // 12,000 rows matched and written: minutes on a busy machine.
  }, 600_000);
  afterAll(() => sg.stop());

  it('counts every person held, and each normalised name among them, as the seed and the import write them', async () => {
    assert.equal(await termCount('RECORDS', ''), await db.person.count());
    const smiths = await db.person.count({ where: { familyName: 'Smith' } });
    assert.ok(smiths > 2500, `about a quarter of the people the file created are Smiths (${smiths})`);
    assert.equal(await termCount('FAMILY_NAME', 'smith'), smiths);
    assert.equal(await termCount('FAMILY_NAME', 'quennell'), 1);
    assert.equal(await termCount('DATE_OF_BIRTH', '1925-03-14'), 1);
    assert.equal((await db.person.findUnique({ where: { id: ids['TF-QUENNELL'] } })).sex, 'M');
  });

  // Bill for William (a nickname) and another postcode area: 5.9 + 6.6 + 14.9 − 3.1 = 24.3 bits before frequencies, a link.
  const bill = (familyName: string, dateOfBirth: string) => ({
    givenName: 'Bill',
    familyName,
    dateOfBirth,
    postcodeDistrict: 'DH1',
    localIdentifiers: [freshIdentifier('E06000047')],
  });
  const familyWeight = (candidate: any) => candidate.contributions.find((c: any) => c.field === 'FAMILY_NAME');

  it('links a rare family name on the same evidence that sends the commonest one to review', async () => {
    const rare = (await sg.execute(REGISTER, { input: bill('Quennell', '1925-07-21') })).data.registerPerson;
    assert.equal(rare.outcome, 'LINKED');
    assert.equal(rare.matchedBy, 'score');
    assert.equal(rare.person.id, ids['TF-QUENNELL']);

    const common = (await sg.execute(REGISTER, { input: bill('Smith', '1925-03-14') })).data.registerPerson;
    assert.equal(common.outcome, 'SENT_TO_REVIEW');
    const candidate = common.review.candidates.find((c: any) => c.person.id === ids['TF-SMITH']);
    assert.ok(candidate, 'the William Smith born that day is the candidate');

    const rareCandidate = rare.review.candidates[0];
    assert.ok(candidate.score < rareCandidate.score - 6, `Smith ${candidate.score} against Quennell ${rareCandidate.score}`);
    assert.ok(familyWeight(candidate).weight < 3, `a Smith agreeing adds ${familyWeight(candidate).weight} bits`);
    assert.ok(familyWeight(rareCandidate).weight > 9, `a Quennell agreeing adds ${familyWeight(rareCandidate).weight} bits`);
    assert.match(familyWeight(candidate).detail, /^common: held by 1 record in \d /);
    assert.match(familyWeight(rareCandidate).detail, /^rare: held by 1 record in 1[78],\d{3} /);
  });

  it('compares the recorded sex: a differing one keeps the names rule from linking and weighs against the score', async () => {
    const input = (sex: string) => ({
      givenName: 'William',
      familyName: 'Quennell',
      dateOfBirth: '1925-07-21',
      postcodeDistrict: 'NE5',
      sex,
      localIdentifiers: [freshIdentifier('E08000021')],
    });
    const same = (await sg.execute(REGISTER, { input: input('MALE') })).data.registerPerson;
    assert.equal(same.outcome, 'LINKED');
    assert.equal(same.matchedBy, 'NAMES_DOB_POSTCODE');

    // Another council's list, so no list already holding them under another client id stands in the way.
    const res = await sg.execute(REGISTER, { input: { ...input('FEMALE'), localIdentifiers: [freshIdentifier('E06000005')] } });
    assert.equal(res.errors, undefined);
    const differing = res.data.registerPerson;
    assert.equal(differing.outcome, 'LINKED');
    assert.equal(differing.matchedBy, 'score');
    const best = differing.review.candidates[0];
    assert.equal(best.person.id, ids['TF-QUENNELL']);
    assert.notEqual(best.rule, 'NAMES_DOB_POSTCODE');
    const sex = best.contributions.find((c: any) => c.field === 'SEX');
    assert.equal(sex.comparison, 'DISAGREE');
    assert.ok(sex.weight < -4, `a differing sex weighs ${sex.weight}`);
  });

  it('rejects a sex the register does not know, naming the field', async () => {
    const res = await sg.execute(REGISTER, { input: { ...bill('Quennell', '1925-07-21'), sex: 'BOTH' } });
    assert.ok(res.errors?.length, 'an unknown enum value is refused');
    const read = readClientList('Client ID,Forename,Surname,Date of Birth,Sex\nX-1,Ann,Lee,01/01/1950,Q', 'COUNCIL', ORG);
    assert.deepEqual(
      read.problems.map((p) => [p.line, p.field]),
      [[2, 'Sex']],
    );
    assert.match(read.problems[0]!.reason, /not a recorded sex/);
  });

  it('keeps the counts current: every person created by registration counts, and the backfill recounts the same figures', async () => {
    const before = await termCount('FAMILY_NAME', 'threlkeld');
    const created = (
      await sg.execute(REGISTER, {
        input: { givenName: 'Oswin', familyName: 'Threlkeld', dateOfBirth: '1926-01-02', localIdentifiers: [freshIdentifier('E06000047')] },
      })
    ).data.registerPerson;
    assert.equal(created.outcome, 'CREATED');
    assert.equal(await termCount('FAMILY_NAME', 'threlkeld'), before + 1);
    assert.equal(await termCount('RECORDS', ''), await db.person.count());
    const counts = async () => db.personTermCount.findMany({ orderBy: [{ field: 'asc' }, { value: 'asc' }] });
    const kept = await counts();
    const { backfillMatchKeys } = await import('../matching/backfill.ts');
    await backfillMatchKeys(db);
    assert.deepEqual(await counts(), kept);
  });
});
