import { inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { checkClientListFile, clientListBatches, importClientList, readClientList } from '../import/index.ts';
import { subgraph } from '../subgraph.ts';
import { freshIdentifier, possibleMatches, REGISTER, unheldNhsNumbers, verifiedPeople } from './matching-fixtures.ts';

const ORG = 'E08000021';

/** A client list written to a file of its own, as the import command reads them. */
function writeFile(text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-import-test-')), 'clients.csv');
  fs.writeFileSync(file, text);
  return file;
}
const ukDate = (iso: string) => `${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

describe('importing a client list goes through matching, all or nothing, and re-runs change nothing', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  let db: any;
  const counts = async () => ({
    people: await db.person.count(),
    identifiers: await db.localIdentifier.count(),
    reviews: await db.matchReview.count(),
    keys: await db.personMatchKey.count(),
  });
  const known = verifiedPeople()[0]!;
  const review = possibleMatches(1)[0]!;
  // A council's export: a client known by verified NHS number, a new client twice (the second
  // time with a typo in the surname and no postcode, under another client id), and a possible
  // match for review.
  const FILE = [
    'Client ID,NHS Number,NHS Number Status,Forename,Surname,Date of Birth,Postcode',
    `IMP-1,${known.nhsNumber},01,${known.givenName},${known.familyName},${ukDate(known.dateOfBirth)},${known.postcodeDistrict}`,
    'IMP-2,,,Oswin,Threlkeld,14/03/1961,NE1 4LP',
    `IMP-3,,,${review.input.givenName},${review.input.familyName},${review.input.dateOfBirth},${review.input.postcodeDistrict}`,
    'IMP-4,,,Oswin,Threlkeid,14/03/1961,',
  ].join('\n');

  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
    db = sg.database.client;
  });
  afterAll(() => sg.stop());

  const run = (text: string, progress?: (label: string, done: number, total: number) => void) => {
    const read = readClientList(text, 'COUNCIL', ORG);
    assert.deepEqual(read.problems, []);
    return importClientList(db, read.rows, {
      agency: 'COUNCIL',
      organisationCode: ORG,
      fileName: 'clients.csv',
      fileText: text,
      importedBy: 'test',
      progress,
    });
  };

  it('links, creates and sends to review as registerPerson would, rows later in the file seeing people earlier rows created', async () => {
    const before = await counts();
    const summary = await run(FILE);
    const byId = Object.fromEntries(summary.rows.map((r) => [r.localId, r]));
    assert.equal(byId['IMP-1']!.outcome, 'LINKED');
    assert.equal(byId['IMP-1']!.personId, known.id);
    assert.equal(byId['IMP-1']!.matchedBy, 'VERIFIED_NHS_NUMBER');
    assert.equal(byId['IMP-2']!.outcome, 'CREATED');
    assert.equal(byId['IMP-3']!.outcome, 'SENT_TO_REVIEW');
    // The typo and missing postcode still match the person line 3 created, but the council's list would then hold
    // them under two client ids: a reviewer's call (issue 20).
    assert.equal(byId['IMP-4']!.outcome, 'SENT_TO_REVIEW');
    assert.deepEqual(
      summary.rows.map((r) => r.line),
      [2, 3, 4, 5],
    );
    assert.deepEqual(summary.counts, { CREATED: 1, LINKED: 1, SENT_TO_REVIEW: 2, ALREADY_HELD: 0, ALREADY_IN_REVIEW: 0 });

    const after = await counts();
    assert.equal(after.people, before.people + 1);
    assert.equal(after.identifiers, before.identifiers + 2, 'IMP-1 and IMP-2 held; IMP-3 and IMP-4 wait on their reviews');
    assert.equal(after.reviews, before.reviews + 3, 'the two open reviews and the automatic link, recorded so it can be unlinked');

    // The review queue and the person's identifiers show what the import did, through the API.
    const res = await sg.execute(
      `query ($id: ID!, $r: ID!) {
      person(id: $id) { localIdentifiers { agency organisationCode value } }
      matchReview(id: $r) { status candidates { person { id } } submitted { localIdentifiers { value } } }
    }`,
      { id: known.id, r: byId['IMP-3']!.reviewId },
    );
    assert.equal(res.errors, undefined);
    assert.ok(res.data.person.localIdentifiers.some((l: any) => l.value === 'IMP-1' && l.organisationCode === ORG));
    assert.equal(res.data.matchReview.status, 'OPEN');
    assert.ok(res.data.matchReview.candidates.some((c: any) => c.person.id === review.person.id));
    const second = await sg.execute(`query ($r: ID!) { matchReview(id: $r) { candidates { person { id } reasons } } }`, {
      r: byId['IMP-4']!.reviewId,
    });
    const line3 = second.data.matchReview.candidates.find((c: any) => c.person.id === byId['IMP-2']!.personId);
    assert.ok(line3, 'the person line 3 created is the candidate');
    assert.ok(line3.reasons.some((x: string) => /already holds the person under another client id/.test(x)));

    const run1 = await db.importRun.findUniqueOrThrow({ where: { id: summary.runId } });
    assert.deepEqual([run1.rows, run1.created, run1.linked, run1.sentToReview, run1.alreadyHeld], [4, 1, 1, 2, 0]);
  });

  it('running the same file again writes nothing but its run record', async () => {
    const before = await counts();
    const summary = await run(FILE);
    assert.deepEqual(summary.counts, { CREATED: 0, LINKED: 0, SENT_TO_REVIEW: 0, ALREADY_HELD: 2, ALREADY_IN_REVIEW: 2 });
    assert.deepEqual(await counts(), before);
    assert.equal(await db.importRun.count(), 2);
  });

  it('a failure while writing rolls the whole file back', async () => {
    const before = await counts();
    const text = ['client_id,forename,surname,dob', 'ROLL-1,Perpetua,Ingleby,1950-01-02', 'ROLL-2,Ambrose,Fairweather,1952-03-04'].join(
      '\n',
    );
    await assert.rejects(
      run(text, (label) => {
        if (label === 'writing local_identifier') throw new Error('disk full');
      }),
      /disk full/,
    );
    assert.deepEqual(await counts(), before, 'the people written before the failure are gone too');
    assert.equal(await db.importRun.count(), 2);
  });
  it('never joins a person holding a linked record with another verified NHS number, though their own record has none', async () => {
    const [x, y] = unheldNhsNumbers(2, 500);
    const identity = { givenName: 'Gwenllian', familyName: 'Prosser', dateOfBirth: '1947-02-11', postcodeDistrict: 'NE8' };
    const first = await sg.execute(REGISTER, { input: { ...identity, localIdentifiers: [freshIdentifier('E06000047')] } });
    const personId = first.data.registerPerson.person.id;
    const second = await sg.execute(REGISTER, {
      input: {
        ...identity,
        nhsNumber: x,
        nhsNumberVerificationStatus: 'NUMBER_PRESENT_AND_VERIFIED',
        localIdentifiers: [freshIdentifier('E06000057')],
      },
    });
    assert.equal(second.data.registerPerson.outcome, 'LINKED');
    const text = [
      'Client ID,NHS Number,NHS Number Status,Forename,Surname,Date of Birth,Postcode',
      `PRO-1,${y},01,Gwenllian,Prosser,11/02/1947,NE8 1AA`,
    ].join('\n');
    const summary = await run(text);
    assert.equal(summary.rows[0]!.outcome, 'SENT_TO_REVIEW', 'the person holds another verified number through the linked record');
    const res = await sg.execute(`query ($r: ID!) { matchReview(id: $r) { candidates { person { id } reasons } } }`, {
      r: summary.rows[0]!.reviewId,
    });
    const candidate = res.data.matchReview.candidates.find((c: any) => c.person.id === personId);
    assert.ok(candidate.reasons.some((r: string) => /another verified NHS number/.test(r)));
  });

  it('reads a file a batch at a time, and rows of a later batch see the people an earlier batch created', async () => {
    const text = [
      'Client ID,Forename,Surname,Date of Birth,Postcode',
      'BAT-1,Hesketh,Ollerenshaw,02/05/1944,NE3 1AB',
      'BAT-2,Philippa,Garside,17/09/1951,NE3',
      'BAT-3,Heskeht,Ollerenshaw,02/05/1944,NE3',
    ].join('\n');
    const file = writeFile(text);
    assert.deepEqual(await checkClientListFile(file, 'COUNCIL', ORG), { rows: 3, problems: [] });
    const lines: number[][] = [];
    for await (const batch of clientListBatches(file, 'COUNCIL', ORG, 2)) lines.push(batch.map((r) => r.line));
    assert.deepEqual(lines, [[2, 3], [4]]);

    const summary = await importClientList(db, clientListBatches(file, 'COUNCIL', ORG, 2), {
      agency: 'COUNCIL',
      organisationCode: ORG,
      fileName: 'clients.csv',
      fileSha256: createHash('sha256').update(text).digest('hex'),
      rowCount: 3,
      importedBy: 'test',
    });
    assert.deepEqual(
      summary.rows.map((r) => r.outcome),
      ['CREATED', 'CREATED', 'SENT_TO_REVIEW'],
    );
    // The second batch found the person the first created (and, one list naming them twice, left it to a reviewer).
    const review = await db.matchReview.findUnique({ where: { id: summary.rows[2]!.reviewId } });
    assert.ok((review.candidates as { personId: string }[]).some((c) => c.personId === summary.rows[0]!.personId));
    const recorded = await db.importRun.findFirst({ orderBy: { startedAt: 'desc' } });
    assert.equal(recorded.fileSha256, createHash('sha256').update(text).digest('hex'));
    assert.equal(recorded.rows, 3);
  });
});

describe('a client list with a bad row is refused with the line, column and reason of every problem', () => {
  it("reports each bad row in the file's own column names and returns no rows to import", () => {
    const text = [
      'Client ID,NHS No,Forename,Surname,DOB,Postcode',
      'BAD-1,,Ada,Lovelace,10/12/1915,SW1A',
      'BAD-2,,Charles,Babbage,31/02/1950,SW1A',
      'BAD-3,943 476 5871,Mary,Somerville,26/12/1940,',
      'BAD-4,,,Herschel,16/03/1950,',
      'BAD-1,,Ada,Lovelace,10/12/1915,SW1A',
      'BAD-6,,Grace,Hopper,09/12/1956,NOT A POSTCODE!!',
    ].join('\n');
    const read = readClientList(text, 'COUNCIL', ORG);
    assert.deepEqual(
      read.problems.map((p) => [p.line, p.field]),
      [
        [3, 'DOB'],
        [4, 'NHS No'],
        [5, 'Forename'],
        [6, 'Client ID'],
        [7, 'Postcode'],
      ],
    );
    assert.match(read.problems[0]!.reason, /not a calendar date/);
    assert.match(read.problems[1]!.reason, /check digit/);
    assert.match(read.problems[3]!.reason, /also on line 2/);
  });

  it('finds the same problems when the file is checked as it streams past, holding none of its rows', async () => {
    const text = [
      'Client ID,NHS No,Forename,Surname,DOB,Postcode',
      'BAD-1,,Ada,Lovelace,10/12/1915,SW1A',
      'BAD-2,,Charles,Babbage,31/02/1950,SW1A',
      'BAD-1,,Ada,Lovelace,10/12/1915,SW1A',
      '"BAD-7,,Ada',
    ].join('\n');
    const streamed = await checkClientListFile(writeFile(text), 'COUNCIL', ORG);
    assert.equal(streamed.rows, 1);
    assert.deepEqual(
      streamed.problems.map((p) => [p.line, p.field]),
      [
        [3, 'DOB'],
        [4, 'Client ID'],
        [5, null],
      ],
    );
    assert.match(streamed.problems[2]!.reason, /not valid CSV/);
    const missing = await checkClientListFile(writeFile('Client ID,Surname,DOB\nX-1,Smith,01/01/1950'), 'COUNCIL', ORG);
    assert.deepEqual(
      missing.problems.map((p) => [p.line, p.field]),
      [[1, 'given_name']],
    );
  });

  it('names a missing required column on line 1', () => {
    const read = readClientList('Client ID,Surname,DOB\nX-1,Smith,01/01/1950', 'COUNCIL', ORG);
    assert.equal(read.rows.length, 0);
    assert.deepEqual(
      read.problems.map((p) => [p.line, p.field]),
      [[1, 'given_name']],
    );
    assert.match(read.problems[0]!.reason, /missing column/);
  });
});

describe('match keys for people held before matching existed', () => {
  it('are written by the backfill, so registration finds those people again, and a second run adds nothing', async () => {
    const sg = await inProcessSubgraph(subgraph);
    const db: any = sg.database.client;
    try {
      const { backfillMatchKeys } = await import('../matching/backfill.ts');
      const held = verifiedPeople().slice(0, 3);
      const before = await db.personMatchKey.count();
      await db.personMatchKey.deleteMany({ where: { personId: { in: held.map((p) => p.id) } } });
      const first = await backfillMatchKeys(db);
      assert.equal(first.peopleWithoutKeys, 3);
      assert.equal(await db.personMatchKey.count(), before);
      assert.ok(first.keysAdded > 0);
      const second = await backfillMatchKeys(db);
      assert.deepEqual([second.peopleWithoutKeys, second.keysAdded], [0, 0]);
    } finally {
      await sg.stop();
    }
  });
});
