/**
 * Benchmark of the bulk import (issue 4, "Measure": 100,000 records in under 5 minutes):
 * a noisy population with ground truth written as a council's CSV client list, checked and
 * imported by the same code as `npm run import` into a fresh people database on embedded
 * PostgreSQL. Prints the time of each stage, rows per second, and the precision and recall of
 * the links the import made against the ground truth.
 *
 *   npx tsx scripts/bench-import.ts [--records 100000] [--seed 7]
 */
import { exitWithUsageError, parseCommandLine } from '@continuum/runtime/cli';
import type { Agency, ImportedRow } from '@continuum/people/import';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const COMMAND = 'npx tsx scripts/bench-import.ts';
const { values } = parseCommandLine({
  command: COMMAND,
  usage: `Usage: ${COMMAND} [--records <n>] [--seed <n>] [--lists <n>]

Imports a generated council client list with ground truth into a fresh people database on its own
embedded PostgreSQL, and prints each stage's time, rows per second, and the precision and recall
of the links the import made.

  --records <n>  rows in the client list (default 100000)
  --seed <n>     the population's seed (default 7)
  --lists <n>    agencies' client lists the records are spread over, imported one after another
                 (1 to 5, default 5; with 1 every record is one list's, so its duplicates go to review)
  --misses <n>   print the duplicates missed, counted by the noise they carry, with up to n examples
  --dense        lookalikes as dense as a real region's: twice the households and twins,
                 namesakes (same full name and date of birth elsewhere) and marriages
  --command      import each list with the import command (npm run import -- people) in a
                 process of its own, as an agency runs it, and print that process's peak memory
                 (measured with /usr/bin/time); the figures are read from its reports
  -h, --help     this help`,
  options: {
    records: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '7' },
    lists: { type: 'string', default: '5' },
    misses: { type: 'string', default: '0' },
    command: { type: 'boolean', default: false },
    dense: { type: 'boolean', default: false },
  },
});
const target = Number(values.records);
const seed = Number(values.seed);
if (!Number.isInteger(target) || target < 1) exitWithUsageError(COMMAND, '--records must be a whole number, 1 or more');
if (!Number.isInteger(seed)) exitWithUsageError(COMMAND, '--seed must be a whole number');
const lists = Number(values.lists);
if (!Number.isInteger(lists) || lists < 1 || lists > 5) exitWithUsageError(COMMAND, '--lists must be a whole number from 1 to 5');
const missExamples = Number(values.misses);
if (!Number.isInteger(missExamples) || missExamples < 0) exitWithUsageError(COMMAND, '--misses must be a whole number, 0 or more');
const DUPLICATE_RATE = 0.3;

// Loaded once the command line is read: --help and a mistyped option answer at once.
const { applyMigrations, connectDatabase, ensureDatabase, withDatabase } = await import('@continuum/runtime');
const { noisyPopulation } = await import('@continuum/demo');
const { startEmbeddedPostgres } = await import('@continuum/dev');
const { toCsv } = await import('@continuum/identity');
const { parse: parseCsv } = await import('csv-parse/sync');
const { subgraph: people } = await import('@continuum/people');
const { importClientList, readClientList } = await import('@continuum/people/import');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

const seconds = (since: number) => (performance.now() - since) / 1000;
const ukDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The agencies whose lists the records are spread over: a person's records land on different lists, as two agencies' files do. */
const LISTS: readonly [Agency, string][] = [
  ['COUNCIL', 'E06000047'],
  ['HEALTH', '00P'],
  ['COUNCIL', 'E08000021'],
  ['HEALTH', '16C'],
  ['SUPPORT_ORGANISATION', 'SO-1'],
];

type Generated = ReturnType<typeof noisyPopulation>['records'][number];

/** What a record's noise is, without its values ("nickname Bill" is a nickname). */
const noiseKind = (noise: string) =>
  noise
    .replace(/^(nickname|given typo|family typo|moved to|married name) .*$/, '$1')
    .replace(/^NHS number status .*$/, 'NHS number unverified')
    .replace(/^moved to$/, 'moved');

/** Duplicates the import missed, counted by how they were missed and the noise they carry. */
class MissTally {
  readonly byHow = new Map<string, string[]>();

  add(how: string, recordId: string): void {
    const list = this.byHow.get(how);
    if (list) list.push(recordId);
    else this.byHow.set(how, [recordId]);
  }

  print(generated: Map<string, Generated>, records: readonly Generated[], examples: number): void {
    const originalOf = new Map(records.filter((r) => r.original).map((r) => [r.truthId, r]));
    const show = (r: Generated) =>
      `${r.givenName} ${r.familyName} ${r.dateOfBirth} ${r.postcodeDistrict ?? '-'} ${r.sex ?? '-'} NHS ${r.nhsNumber ? `${r.nhsNumber} (${r.nhsNumberStatus})` : '-'}`;
    for (const [how, ids] of this.byHow) {
      console.log(`  missed, ${how}: ${ids.length}`);
      const bySignature = new Map<string, number>();
      for (const id of ids) {
        const signature = [...new Set(generated.get(id)!.noise.map(noiseKind))].sort().join(' + ') || 'no noise';
        bySignature.set(signature, (bySignature.get(signature) ?? 0) + 1);
      }
      for (const [signature, n] of [...bySignature].sort((x, y) => y[1] - x[1])) console.log(`    ${String(n).padStart(5)}  ${signature}`);
      for (const id of ids.slice(0, examples)) {
        const r = generated.get(id)!;
        console.log(`    e.g. ${show(r)}  [${r.noise.join('; ')}]\n         first: ${show(originalOf.get(r.truthId)!)}`);
      }
    }
  }
}

const root = path.resolve(import.meta.dirname, '..');

/** What the benchmark reads of an imported row, from the import or from the command's report. */
type Outcome = Pick<ImportedRow, 'localId' | 'outcome' | 'personId'>;

/**
 * Imports one list with `npm run import -- people` as a process of its own and reads the
 * outcomes from its report; returns them with the command's peak resident memory in MB (the
 * largest of its processes, as /usr/bin/time reports it).
 */
function importByCommand(url: string, file: string, agency: Agency, organisationCode: string): { rows: Outcome[]; peakMb: number } {
  const command = [
    'npm',
    'run',
    '--silent',
    'import',
    '--',
    'people',
    file,
    '--agency',
    agency,
    '--organisation',
    organisationCode,
    '--by',
    'benchmark',
  ];
  const run = spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb %M', ...command], {
    cwd: root,
    env: { ...process.env, PEOPLE_DATABASE_URL: url },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`the import command failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  const peak = /peak-rss-kb (\d+)/.exec(run.stderr);
  const report = parseCsv(fs.readFileSync(`${file}.report.csv`, 'utf8'), { columns: true }) as Record<string, string>[];
  return {
    rows: report.map((r) => ({ localId: r['client id']!, outcome: r.outcome as ImportedRow['outcome'], personId: r['person id'] || null })),
    peakMb: peak ? Number(peak[1]) / 1024 : NaN,
  };
}

async function main() {
  let t = performance.now();
  const population = noisyPopulation({
    people: Math.round(target / (1 + DUPLICATE_RATE)),
    seed,
    duplicateRate: DUPLICATE_RATE,
    dense: values.dense,
  });
  const truthOf = new Map(population.records.map((r) => [r.recordId, r.truthId]));
  const generated = missExamples ? new Map(population.records.map((r) => [r.recordId, r])) : null;
  // A person's k-th record goes to the list after the one their previous record went to.
  const recordsSoFar = new Map<string, number>();
  const files = LISTS.slice(0, lists).map(() => [] as typeof population.records);
  for (const r of population.records) {
    const k = recordsSoFar.get(r.truthId) ?? 0;
    recordsSoFar.set(r.truthId, k + 1);
    files[(Number(r.truthId.replace(/\D/g, '')) + k) % files.length]!.push(r);
  }
  const csvs = files.map((records) =>
    toCsv(
      ['Client ID', 'NHS Number', 'NHS Number Status', 'Forename', 'Surname', 'Date of Birth', 'Postcode', 'Sex'],
      records.map((r) => [
        r.recordId,
        r.nhsNumber,
        r.nhsNumber ? r.nhsNumberStatus : '',
        r.givenName,
        r.familyName,
        ukDate(r.dateOfBirth),
        r.postcodeDistrict,
        r.sex ?? '',
      ]),
    ),
  );
  files.length = 0;
  console.log(
    `Generated ${population.records.length.toLocaleString('en-GB')} records (${population.people.toLocaleString('en-GB')} people) as ${csvs.length} agencies' client lists, ${(csvs.reduce((n, c) => n + c.length, 0) / 1e6).toFixed(1)} MB of CSV, in ${seconds(t).toFixed(1)} s`,
  );

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-bench-import-'));
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  try {
    await ensureDatabase(pg.url, 'bench_people');
    const url = withDatabase(pg.url, 'bench_people');
    await applyMigrations(url, people.migrationsDir);
    const db = connectDatabase(people.PrismaClient as never, url);

    const stages = new Map<string, number>();
    const imported: Outcome[] = [];
    let commandPeakMb = 0;
    let rowsRead = 0;
    let checkSeconds = 0;
    let importSeconds = 0;
    for (const [i, csv] of csvs.entries()) {
      const [agency, organisationCode] = LISTS[i]!;
      t = performance.now();
      let read = readClientList(csv, agency, organisationCode);
      checkSeconds += seconds(t);
      if (read.problems.length) {
        // The generator's noise can make a date that no calendar has; a real file with such a row is refused whole.
        const bad = new Set(read.problems.map((p) => p.line));
        read = { rows: read.rows, problems: [] };
        console.log(
          `  ${bad.size} generated rows of ${agency} ${organisationCode}'s list fail the checks (e.g. impossible dates) and are left out: lines ${[...bad].slice(0, 5).join(', ')}${bad.size > 5 ? ', ...' : ''}`,
        );
      }
      rowsRead += read.rows.length;
      if (values.command) {
        // The file as the agency would send it: without the rows a real file would be refused for.
        const bad = new Set(readClientList(csv, agency, organisationCode).problems.map((p) => p.line));
        const file = path.join(dataDir, `${organisationCode}.csv`);
        fs.writeFileSync(
          file,
          csv
            .split('\n')
            .filter((_, k) => !bad.has(k + 1))
            .join('\n'),
        );
        read = { rows: [], problems: [] };
        t = performance.now();
        const { rows, peakMb } = importByCommand(url, file, agency, organisationCode);
        importSeconds += seconds(t);
        commandPeakMb = Math.max(commandPeakMb, peakMb);
        imported.push(...rows);
        console.log(
          `  ${agency} ${organisationCode}: ${rows.length.toLocaleString('en-GB')} rows in ${seconds(t).toFixed(1)} s by the import command, peak RSS ${peakMb.toFixed(0)} MB`,
        );
        continue;
      }
      let stage = '';
      let stageStart = performance.now();
      const end = () => stage && stages.set(stage, (stages.get(stage) ?? 0) + seconds(stageStart));
      t = performance.now();
      const summary = await importClientList(db.client as never, read.rows, {
        agency,
        organisationCode,
        fileName: `${organisationCode}.csv`,
        fileText: csv,
        importedBy: 'benchmark',
        progress: (label) => {
          if (label === stage) return;
          end();
          stage = label;
          stageStart = performance.now();
        },
      });
      end();
      importSeconds += seconds(t);
      imported.push(...summary.rows);
      console.log(
        `  ${agency} ${organisationCode}: ${read.rows.length.toLocaleString('en-GB')} rows in ${seconds(t).toFixed(1)} s (created ${summary.counts.CREATED}, linked ${summary.counts.LINKED}, review ${summary.counts.SENT_TO_REVIEW})`,
      );
    }
    await db.close();
    console.log(`Checked ${rowsRead.toLocaleString('en-GB')} rows in ${checkSeconds.toFixed(1)} s`);

    // Ground truth: who each created person really is; a link is right when it joins the same true person.
    const truthOfPerson = new Map<string, string>();
    for (const r of imported) if (r.outcome === 'CREATED') truthOfPerson.set(r.personId!, truthOf.get(r.localId)!);
    const seen = new Set<string>();
    let duplicates = 0;
    let rightLinks = 0;
    let links = 0;
    let reviewedDuplicates = 0;
    let reviews = 0;
    const misses = new MissTally();
    const created = new Set<string>();
    for (const r of imported) {
      const truth = truthOf.get(r.localId)!;
      const duplicate = seen.has(truth);
      seen.add(truth);
      if (duplicate) duplicates++;
      if (r.outcome === 'LINKED') {
        links++;
        if (truthOfPerson.get(r.personId!) === truth) rightLinks++;
        else if (duplicate) misses.add('linked to someone else', r.localId);
      } else if (r.outcome === 'SENT_TO_REVIEW') {
        reviews++;
        if (duplicate) reviewedDuplicates++;
      } else if (duplicate) misses.add(created.has(truth) ? 'created anew' : 'created anew, every earlier record in review', r.localId);
      if (r.outcome === 'CREATED') created.add(truth);
    }
    const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
    console.log(
      `Imported in ${importSeconds.toFixed(1)} s — ${Math.round(rowsRead / importSeconds).toLocaleString('en-GB')} rows/s (target: ${target.toLocaleString('en-GB')} in under 300 s)`,
    );
    for (const [label, s] of stages) console.log(`  ${label.padEnd(28)} ${s.toFixed(1)} s`);
    console.log(`  linked ${links}, sent to review ${reviews} (${pct(reviews / rowsRead)} of rows)`);
    console.log(`  precision of automatic links  ${pct(links ? rightLinks / links : 1)} (${links - rightLinks} wrong)`);
    console.log(`  recall (automatic only)       ${pct(duplicates ? rightLinks / duplicates : 1)}`);
    console.log(
      `  recall (automatic + review)   ${pct(duplicates ? (rightLinks + reviewedDuplicates) / duplicates : 1)} of ${duplicates} duplicate rows`,
    );
    console.log(
      `  peak RSS                      ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB${values.command ? ` (the benchmark); the import command ${commandPeakMb.toFixed(0)} MB` : ''}`,
    );
    if (generated) misses.print(generated, population.records, missExamples);
  } finally {
    await pg.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
