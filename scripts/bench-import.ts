/**
 * Benchmark of the bulk import (issue 4, "Measure": 100,000 records in under 5 minutes):
 * a noisy population with ground truth written as a council's CSV client list, checked and
 * imported by the same code as `npm run import` into a fresh people database on embedded
 * PostgreSQL. Prints the time of each stage, rows per second, and the precision and recall of
 * the links the import made against the ground truth.
 *
 *   npx tsx scripts/bench-import.ts [--records 100000] [--seed 7]
 */
import { applyMigrations, connectDatabase, ensureDatabase, exitWithUsageError, parseCommandLine, withDatabase } from '@continuum/runtime';
import { noisyPopulation } from '@continuum/demo';
import { startEmbeddedPostgres } from '@continuum/dev';
import { toCsv } from '@continuum/identity';
import { subgraph as people } from '@continuum/people';
import { importClientList, readClientList } from '@continuum/people/import';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const COMMAND = 'npx tsx scripts/bench-import.ts';
const { values } = parseCommandLine({
  command: COMMAND,
  usage: `Usage: ${COMMAND} [--records <n>] [--seed <n>]

Imports a generated council client list with ground truth into a fresh people database on its own
embedded PostgreSQL, and prints each stage's time, rows per second, and the precision and recall
of the links the import made.

  --records <n>  rows in the client list (default 100000)
  --seed <n>     the population's seed (default 7)
  -h, --help     this help`,
  options: { records: { type: 'string', default: '100000' }, seed: { type: 'string', default: '7' } },
});
const target = Number(values.records);
const seed = Number(values.seed);
if (!Number.isInteger(target) || target < 1) exitWithUsageError(COMMAND, '--records must be a whole number, 1 or more');
if (!Number.isInteger(seed)) exitWithUsageError(COMMAND, '--seed must be a whole number');
const DUPLICATE_RATE = 0.3;

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

async function main() {
  let t = performance.now();
  const population = noisyPopulation({ people: Math.round(target / (1 + DUPLICATE_RATE)), seed, duplicateRate: DUPLICATE_RATE });
  const truthOf = new Map(population.records.map((r) => [r.recordId, r.truthId]));
  const csv = toCsv(
    ['Client ID', 'NHS Number', 'NHS Number Status', 'Forename', 'Surname', 'Date of Birth', 'Postcode', 'Sex'],
    population.records.map((r) => [
      r.recordId,
      r.nhsNumber,
      r.nhsNumber ? r.nhsNumberStatus : '',
      r.givenName,
      r.familyName,
      ukDate(r.dateOfBirth),
      r.postcodeDistrict,
      r.sex ?? '',
    ]),
  );
  console.log(
    `Generated ${population.records.length.toLocaleString('en-GB')} records (${population.people.toLocaleString('en-GB')} people) as ${(csv.length / 1e6).toFixed(1)} MB of CSV in ${seconds(t).toFixed(1)} s`,
  );

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-bench-import-'));
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  try {
    await ensureDatabase(pg.url, 'bench_people');
    const url = withDatabase(pg.url, 'bench_people');
    await applyMigrations(url, people.migrationsDir);
    const db = connectDatabase(people.PrismaClient as never, url);

    t = performance.now();
    let read = readClientList(csv, 'COUNCIL', 'E06000047');
    const checkSeconds = seconds(t);
    const refused = read.problems.length;
    if (refused) {
      // The generator's noise can make a date that no calendar has; a real file with such a row is refused whole.
      const bad = new Set(read.problems.map((p) => p.line));
      read = { rows: read.rows, problems: [] };
      console.log(
        `  ${refused} generated rows fail the checks (e.g. impossible dates) and are left out: lines ${[...bad].slice(0, 5).join(', ')}${bad.size > 5 ? ', ...' : ''}`,
      );
    }
    console.log(`Checked ${read.rows.length.toLocaleString('en-GB')} rows in ${checkSeconds.toFixed(1)} s`);

    const stages = new Map<string, number>();
    let stage = '';
    let stageStart = performance.now();
    t = performance.now();
    const summary = await importClientList(db.client as never, read.rows, {
      agency: 'COUNCIL',
      organisationCode: 'E06000047',
      fileName: 'bench.csv',
      fileText: csv,
      importedBy: 'benchmark',
      progress: (label) => {
        if (label === stage) return;
        if (stage) stages.set(stage, seconds(stageStart));
        stage = label;
        stageStart = performance.now();
      },
    });
    stages.set(stage, seconds(stageStart));
    const importSeconds = seconds(t);
    await db.close();

    // Ground truth: who each created person really is; a link is right when it joins the same true person.
    const truthOfPerson = new Map<string, string>();
    for (const r of summary.rows) if (r.outcome === 'CREATED') truthOfPerson.set(r.personId!, truthOf.get(r.localId)!);
    const seen = new Set<string>();
    let duplicates = 0;
    let rightLinks = 0;
    let links = 0;
    let reviewedDuplicates = 0;
    let reviews = 0;
    for (const r of summary.rows) {
      const truth = truthOf.get(r.localId)!;
      const duplicate = seen.has(truth);
      seen.add(truth);
      if (duplicate) duplicates++;
      if (r.outcome === 'LINKED') {
        links++;
        if (truthOfPerson.get(r.personId!) === truth) rightLinks++;
      } else if (r.outcome === 'SENT_TO_REVIEW') {
        reviews++;
        if (duplicate) reviewedDuplicates++;
      }
    }
    const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
    const rows = read.rows.length;
    console.log(
      `Imported in ${importSeconds.toFixed(1)} s — ${Math.round(rows / importSeconds).toLocaleString('en-GB')} rows/s (target: ${target.toLocaleString('en-GB')} in under 300 s)`,
    );
    for (const [label, s] of stages) console.log(`  ${label.padEnd(28)} ${s.toFixed(1)} s`);
    console.log(`  created ${summary.counts.CREATED}, linked ${links}, sent to review ${reviews} (${pct(reviews / rows)} of rows)`);
    console.log(`  precision of automatic links  ${pct(links ? rightLinks / links : 1)} (${links - rightLinks} wrong)`);
    console.log(
      `  recall (automatic + review)   ${pct(duplicates ? (rightLinks + reviewedDuplicates) / duplicates : 1)} of ${duplicates} duplicate rows`,
    );
    console.log(`  peak RSS                      ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    await pg.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
