import { connectDatabase } from '@continuum/runtime';
import { freshDatabase } from '@continuum/dev/testing';
import { subgraph as peopleSubgraph } from '@continuum/people';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';

const root = path.resolve(import.meta.dirname, '..');

describe('npm run import: a council client list from CSV', () => {
  let url: string;
  let db: ReturnType<typeof connectDatabase<any>>;
  let dir: string;
  const importFile = (name: string, text: string, ...extra: string[]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/import.ts',
        'people',
        file,
        '--agency',
        'council',
        '--organisation',
        'E06000047',
        '--by',
        'import test',
        ...extra,
      ],
      {
        cwd: root,
        env: { ...process.env, PEOPLE_DATABASE_URL: url },
        encoding: 'utf8',
      },
    );
    return { ...run, report: fs.existsSync(`${file}.report.csv`) ? fs.readFileSync(`${file}.report.csv`, 'utf8') : '' };
  };
  const people = () => db.client.person.count();

  beforeAll(async () => {
    url = await freshDatabase('people');
    db = connectDatabase(peopleSubgraph.PrismaClient as never, url);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-import-'));
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a file with a bad row, exits 1, writes the report by line and column, and imports nothing', async () => {
    const before = await people();
    const run = importFile(
      'bad.csv',
      'Client ID,Forename,Surname,Date of Birth\nCLI-1,Maud,Gonne,21/12/1946\nCLI-2,Agnes,Peabody,30/02/1951\n',
    );
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /line 3, Date of Birth: is not a calendar date/);
    assert.match(run.stderr, /nothing was imported/);
    assert.equal(run.report, 'line,column,reason\n3,Date of Birth,is not a calendar date (DD/MM/YYYY or YYYY-MM-DD)\n');
    assert.equal(await people(), before, 'not even the good row on line 2');
  });

  it('imports a good file with a per-row report, and a second run finds every row already imported', async () => {
    const before = await people();
    const text =
      'Client ID,Forename,Surname,Date of Birth,Postcode\nCLI-1,Maud,Gonne,21/12/1946,CH7 1AB\nCLI-2,Agnes,Peabody,28/02/1951,CH7 6DD\n';
    const first = importFile('good.csv', text);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /2 new, 0 linked to records already known, 0 sent to review, 0 already imported/);
    assert.match(first.report, /^line,client id,outcome,person id,review id,matched by\n2,CLI-1,CREATED,[0-9a-f-]{36},,\n3,CLI-2,CREATED,/);
    assert.equal(await people(), before + 2);

    const again = importFile('good.csv', text);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /0 new, 0 linked to records already known, 0 sent to review, 2 already imported/);
    assert.equal(await people(), before + 2);
  });

  it('answers wrong usage with exit code 2 and one line saying what is wrong and where the usage is', () => {
    const run = importFile('x.csv', 'a\n', '--agency', 'nobody');
    assert.equal(run.status, 2);
    assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
    assert.match(run.stderr, /--agency must be one of COUNCIL, HEALTH, SUPPORT_ORGANISATION, TRAINING_PROVIDER/);
    assert.match(run.stderr, /npm run import -- --help for usage/);
  });
});

describe('npm run import: a PA register from CSV', () => {
  it('imports a register named by its organisation, and refuses an unknown organisation with exit code 2', async () => {
    const { subgraph: support } = await import('@continuum/support');
    const { buildDemoRegion } = await import('@continuum/demo');
    const register = buildDemoRegion().supportOrganisations[0]!;
    const url = await freshDatabase('support');
    const db = connectDatabase(support.PrismaClient as never, url);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-import-'));
    try {
      const file = path.join(dir, 'register.csv');
      fs.writeFileSync(
        file,
        'PA ID,Forename,Surname,Date of Birth,NI Number,Postcode\nCLI-PA-1,Morwenna,Trevithick,02/05/1988,QQ123445B,CH7 2AB\n',
      );
      const run = (organisation: string) =>
        spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', 'pas', file, '--organisation', organisation], {
          cwd: root,
          env: { ...process.env, SUPPORT_DATABASE_URL: url },
          encoding: 'utf8',
        });
      const before = await (db.client as any).personalAssistant.count();
      const ok = run(register.name);
      assert.equal(ok.status, 0, ok.stderr);
      assert.match(ok.stdout, /1 new, 0 linked to records already known/);
      assert.equal(await (db.client as any).personalAssistant.count(), before + 1);
      const unknown = run('No Such Register');
      assert.equal(unknown.status, 2);
      assert.match(unknown.stderr, /No support organisation has the id, charity number or name "No Such Register"/);
    } finally {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
