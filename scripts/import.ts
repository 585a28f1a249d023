/**
 * `npm run import -- people <file.csv> --agency COUNCIL --organisation E08000021`
 * `npm run import -- pas <file.csv> --organisation "<support organisation>"`
 *
 * Imports an agency's client list, or a PA register, through the hub's matching: each row links
 * to someone the hub knows, creates a new record, or waits in the review queue. The whole file is
 * checked first; a file with any bad row is refused with a report (line, column, reason) and
 * nothing is written. A good file is imported in one transaction. Rows already imported (their
 * identifier is held or in review) are left alone, so running the same file again changes nothing.
 *
 * Exit codes: 0 imported; 1 the file was refused (see the report); 2 wrong usage; 3 the import failed and was rolled back.
 */
import { toCsv, type RowProblem } from '@continuum/identity';
import { exitWithUsageError, parseCommandLine } from '@continuum/runtime';
import { subgraph as people } from '@continuum/people';
import {
  AGENCIES,
  backfillMatchKeys,
  checkClientListFile,
  clientListBatches,
  IMPORT_BATCH,
  importClientList,
  type Agency,
} from '@continuum/people/import';
import { subgraph as support } from '@continuum/support';
import {
  backfillPaMatchKeys,
  centroidsFromOnspd,
  findRegisterOrganisation,
  importPaRegister,
  loadCentroids,
  readPaRegister,
} from '@continuum/support/import';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withSubgraphDatabase } from './command-database.ts';
import { progressBar } from './progress.ts';

const COMMAND = 'npm run import --';
const USAGE = `Usage: npm run import -- people <file.csv> --agency <${AGENCIES.join('|')}> --organisation <code> [options]
       npm run import -- pas <file.csv> --organisation <support organisation> [options]
       npm run import -- match-keys
       npm run import -- centroids <ONSPD.csv>

  people          an agency's client list: client id (required), NHS number, NHS number status,
                  forename, surname, date of birth (required), postcode
  pas             a PA register: PA id, forename, surname, date of birth, NI number (or its last
                  three characters), postcode (all required), employment status, languages
  match-keys      write the match keys of people and PAs held before matching existed (safe to repeat)
  centroids       the postcode district centroids the findable register measures distance with, from
                  the ONS Postcode Directory (ONSPD) CSV: live postcodes averaged by district, rural
                  when most of a district's postcodes are (safe to repeat; replaces those held)

  --agency        people: the kind of agency whose client list this is
  --organisation  people: its code (GSS code of a council, ODS code of an NHS body, ...);
                  pas: the support organisation keeping the register (id, charity number or name)
  --by            who is importing (recorded with a client list's run; default: the login name)
  --report        where to write the per-row report (default: <file>.report.csv)
  --check         check the file and report, without importing
  -h, --help      this help

Dates may be DD/MM/YYYY or YYYY-MM-DD; full postcodes are cut to their district. The command uses
the running hub's database (or DATABASE_URL / PEOPLE_DATABASE_URL / SUPPORT_DATABASE_URL) and
starts the embedded one itself when the hub is not running.
Exit codes: 0 imported (or checked); 1 the file was refused (see the report); 2 usage error;
3 the import failed and was rolled back.`;

function usage(message: string): never {
  exitWithUsageError(COMMAND, message);
}

function failed(what: string, err: unknown): never {
  console.error(`${what} ${err instanceof Error ? err.message : err}`);
  process.exit(3);
}

/** Redraws the progress display every 1% or so, not for every row. */
function throttledProgress(verb: string) {
  const bar = progressBar(verb);
  let last = 0;
  return (label: string, done: number, total: number) => {
    if (done === total || done - last >= Math.max(1, Math.floor(total / 100)) || done < last) {
      last = done;
      bar.update(label, done, total);
    }
  };
}

function refuse(file: string, reportFile: string, problems: RowProblem[]): never {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  fs.writeFileSync(
    reportFile,
    toCsv(
      ['line', 'column', 'reason'],
      sorted.map((p) => [p.line, p.field, p.reason]),
    ),
  );
  console.error(`Refused ${path.basename(file)}: ${sorted.length} problem(s); nothing was imported.`);
  for (const p of sorted.slice(0, 20)) console.error(`  line ${p.line}${p.field ? `, ${p.field}` : ''}: ${p.reason}`);
  if (sorted.length > 20) console.error(`  ... and ${sorted.length - 20} more`);
  console.error(`Report: ${reportFile}`);
  process.exit(1);
}

interface Counts {
  CREATED: number;
  LINKED: number;
  SENT_TO_REVIEW: number;
  ALREADY_HELD: number;
  ALREADY_IN_REVIEW: number;
}

function summarise(rows: number, started: number, c: Counts, reportFile: string, run = ''): void {
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Imported ${rows} rows in ${seconds.toFixed(1)} s${run}: ${c.CREATED} new, ${c.LINKED} linked to records already known, ` +
      `${c.SENT_TO_REVIEW} sent to review, ${c.ALREADY_HELD + c.ALREADY_IN_REVIEW} already imported.\nReport: ${reportFile}`,
  );
}

/** A file's SHA-256 in hex, read as a stream. */
async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * A client list is read twice, a record at a time, never whole: once to check every row (any
 * problem refuses the file), then a batch at a time to match and write.
 */
async function importPeople(
  file: string,
  values: { agency?: string; organisation?: string; by?: string; check: boolean },
  reportFile: string,
) {
  const agency = values.agency?.toUpperCase() as Agency;
  if (!AGENCIES.includes(agency)) usage(`--agency must be one of ${AGENCIES.join(', ')}.`);
  const organisationCode = values.organisation?.trim().toUpperCase() ?? '';
  if (!/^[A-Z0-9]{2,20}$/.test(organisationCode)) usage("--organisation must be the organisation's code (2-20 letters and digits).");
  const checked = await checkClientListFile(file, agency, organisationCode);
  if (checked.problems.length) refuse(file, reportFile, checked.problems);
  console.log(`${path.basename(file)}: ${checked.rows} rows checked, no problems.`);
  if (values.check) return;
  const started = performance.now();
  const fileSha256 = await sha256Of(file);
  const summary = await withSubgraphDatabase(people, (db) =>
    importClientList(db.client, clientListBatches(file, agency, organisationCode, IMPORT_BATCH), {
      agency,
      organisationCode,
      fileName: path.basename(file),
      fileSha256,
      rowCount: checked.rows,
      importedBy: values.by ?? os.userInfo().username,
      progress: throttledProgress('Importing'),
    }),
  ).catch((err) => failed('Import failed and was rolled back: nothing was written.', err));
  fs.writeFileSync(
    reportFile,
    toCsv(
      ['line', 'client id', 'outcome', 'person id', 'review id', 'matched by'],
      summary.rows.map((r) => [r.line, r.localId, r.outcome, r.personId, r.reviewId, r.matchedBy]),
    ),
  );
  summarise(checked.rows, started, summary.counts, reportFile, ` (run ${summary.runId})`);
}

async function importPas(file: string, text: string, values: { organisation?: string; check: boolean }, reportFile: string) {
  if (!values.organisation?.trim()) usage('--organisation must name the support organisation keeping the register.');
  const started = performance.now();
  await withSubgraphDatabase(support, async (db) => {
    const organisation = await findRegisterOrganisation(db.client, values.organisation!.trim());
    if (!organisation) usage(`No support organisation has the id, charity number or name "${values.organisation}".`);
    const read = readPaRegister(text, organisation.id);
    if (read.problems.length) refuse(file, reportFile, read.problems);
    console.log(`${path.basename(file)}: ${read.rows.length} rows of ${organisation.name}'s register checked, no problems.`);
    if (values.check) return;
    const summary = await importPaRegister(db.client, read.rows, { progress: throttledProgress('Importing') }).catch((err) =>
      failed('Import failed and was rolled back: nothing was written.', err),
    );
    fs.writeFileSync(
      reportFile,
      toCsv(
        ['line', 'pa id', 'outcome', 'personal assistant id', 'review id', 'matched by'],
        summary.rows.map((r) => [r.line, r.reference, r.outcome, r.personalAssistantId, r.reviewId, r.matchedBy]),
      ),
    );
    summarise(read.rows.length, started, summary.counts, reportFile);
  });
}

async function backfill() {
  const bar = progressBar('Writing match keys for');
  const s = await withSubgraphDatabase(people, (db) => backfillMatchKeys(db.client, bar.update)).catch((err) =>
    failed('Writing match keys stopped; the keys written so far stay, and running it again finishes the rest.', err),
  );
  console.log(`${s.people} people checked; ${s.peopleWithoutKeys} had no match keys; ${s.keysAdded} keys added.`);
  const pas = await withSubgraphDatabase(support, (db) => backfillPaMatchKeys(db.client)).catch((err) =>
    failed('Writing PA match keys stopped; running it again finishes the rest.', err),
  );
  console.log(`${pas} PA match keys added.`);
}

async function importCentroids(file: string) {
  const centroids = await centroidsFromOnspd(file).catch((err) => failed('The file could not be read:', err));
  if (centroids.length === 0) failed('Nothing was written:', `${file} holds no live postcode with a location`);
  const written = await withSubgraphDatabase(support, (db) => loadCentroids(db.client, centroids)).catch((err) =>
    failed('Loading centroids failed and was rolled back: nothing was written.', err),
  );
  console.log(`${written} postcode district centroids loaded (${centroids.filter((c) => c.rural).length} rural).`);
}

async function main() {
  const { values, positionals } = parseCommandLine({
    command: COMMAND,
    usage: USAGE,
    positionals: true,
    options: {
      agency: { type: 'string' },
      organisation: { type: 'string' },
      by: { type: 'string' },
      report: { type: 'string' },
      check: { type: 'boolean', default: false },
    },
  });
  const [kind, file, extra] = positionals;
  if (extra !== undefined) usage(`unexpected argument "${extra}"`);
  if (kind === 'match-keys') return backfill();
  if (kind !== 'people' && kind !== 'pas' && kind !== 'centroids')
    usage(
      kind
        ? `unknown list "${kind}": use people, pas, centroids or match-keys`
        : 'say what to import: people, pas, centroids or match-keys',
    );
  if (!file) usage('name the CSV file to import');
  if (!fs.existsSync(file)) usage(`no such file: ${file}`);
  if (kind === 'centroids') return importCentroids(file);
  const reportFile = values.report ?? `${file}.report.csv`;
  if (kind === 'people') await importPeople(file, values, reportFile);
  else await importPas(file, fs.readFileSync(file, 'utf8'), values, reportFile);
}

main().catch((err) => failed('Import failed:', err));
