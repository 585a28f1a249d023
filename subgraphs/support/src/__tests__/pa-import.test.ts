import { buildDemoRegion } from '@continuum/demo';
import { inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { findRegisterOrganisation, importPaRegister, readPaRegister } from '../import/index.ts';
import { subgraph } from '../subgraph.ts';

const region = buildDemoRegion();
const register = region.supportOrganisations[1]!;
const known = region.personalAssistants[0]!;
const ukDate = (iso: string) => `${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

describe('importing a PA register from CSV goes through PA matching, all or nothing, and re-runs change nothing', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  let db: any;
  const counts = async () => ({
    pas: await db.personalAssistant.count(),
    reviews: await db.paMatchReview.count(),
    identifiers: await db.paLocalIdentifier.count(),
  });
  // Another register's export: a PA already on the hub's register (full NI number, full postcode),
  // a new PA, and the new PA again under a second reference with a typo in the surname.
  const FILE = [
    'PA ID,Forename,Surname,Date of Birth,NI Number,Postcode,Employment status',
    `REG-1,${known.givenName},${known.familyName},${ukDate(known.dateOfBirth)},QQ 12 34 ${known.niNumberSuffix.slice(0, 2)} ${known.niNumberSuffix.slice(2)},${known.postcodeDistrict} 1AA,employed`,
    'REG-2,Morwenna,Trevithick,02/05/1988,45B,CH7 2AB,self-employed',
  ].join('\n');

  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
    db = sg.database.client;
  });
  afterAll(() => sg.stop());

  it('finds the register by id, charity number or name', async () => {
    assert.equal((await findRegisterOrganisation(db, register.id))?.id, register.id);
    assert.equal((await findRegisterOrganisation(db, register.name.toUpperCase()))?.id, register.id);
    assert.equal(await findRegisterOrganisation(db, 'No Such Register'), null);
  });

  it('links a PA already known, creates a new one, and a re-run finds every row already imported', async () => {
    const before = await counts();
    const read = readPaRegister(FILE, register.id);
    assert.deepEqual(read.problems, []);
    const first = await importPaRegister(db, read.rows);
    assert.deepEqual(
      first.rows.map((r) => [r.line, r.reference, r.outcome]),
      [
        [2, 'REG-1', 'LINKED'],
        [3, 'REG-2', 'CREATED'],
      ],
    );
    assert.equal(first.rows[0]!.personalAssistantId, known.id);
    const after = await counts();
    assert.equal(after.pas, before.pas + 1);
    assert.equal(after.identifiers, before.identifiers + 2);

    const again = await importPaRegister(db, readPaRegister(FILE, register.id).rows);
    assert.deepEqual(again.counts, { CREATED: 0, LINKED: 0, SENT_TO_REVIEW: 0, ALREADY_HELD: 2, ALREADY_IN_REVIEW: 0 });
    assert.deepEqual(await counts(), after);
  });

  it('a failure part-way rolls the whole register back', async () => {
    const before = await counts();
    const text = [
      'PA ID,Forename,Surname,DOB,NI Number,Postcode',
      'ROLL-1,Tegwen,Prydderch,1990-01-02,12A,LL11',
      'ROLL-2,Idris,Maelor,1985-03-04,34C,LL12',
    ].join('\n');
    const read = readPaRegister(text, register.id);
    assert.equal(read.rows.length, 2);
    await assert.rejects(
      importPaRegister(db, read.rows, {
        progress: (_label, done) => {
          if (done === 2) throw new Error('power cut');
        },
      }),
      /power cut/,
    );
    assert.deepEqual(await counts(), before);
  });

  it('refuses a register with bad rows, naming line, column and reason, and reads no rows from it', () => {
    const text = [
      'PA ID,Forename,Surname,DOB,NI Number,Postcode',
      'BAD-1,Ffion,Hughes,31/04/1990,12A,LL11',
      'BAD-2,Dylan,Rees,01/01/1990,12E,LL11',
      'BAD-3,Nia,Owen,01/01/2020,12A,LL11',
      'BAD-4,,Owen,01/01/1980,12A,LL11',
    ].join('\n');
    const read = readPaRegister(text, register.id);
    assert.deepEqual(
      read.problems.map((p) => [p.line, p.field]),
      [
        [2, 'DOB'],
        [3, 'NI Number'],
        [4, 'DOB'],
        [5, 'Forename'],
      ],
    );
    assert.match(read.problems[2]!.reason, /at least 16/);
    assert.equal(read.rows.length, 0);
  });
});
