/**
 * `npm run import -- people <file.csv> --agency COUNCIL --organisation E08000021`
 *
 * Imports an agency's client list through the hub's matching: each row links to a person the
 * hub knows, creates a new person, or waits in the review queue. The whole file is checked
 * first; a file with any bad row is refused with a report (line, column, reason) and nothing is
 * written. A good file is imported in one transaction. Rows already imported (the agency's
 * identifier is held or in review) are left alone, so running the same file again changes nothing.
 *
 * Exit codes: 0 imported; 1 the file was refused (see the report); 2 wrong usage; 3 the import failed and was rolled back.
 */
import { toCsv } from '@continuum/kit';
import { subgraph as people } from '@continuum/people';
import { AGENCIES, backfillMatchKeys, importClientList, readClientList, type Agency } from '@continuum/people/import';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { withSubgraphDatabase } from './command-database.ts';
import { progressBar } from './progress.ts';

const USAGE = `Usage: npm run import -- people <file.csv> --agency <${AGENCIES.join('|')}> --organisation <code> [--by <name>] [--report <file>] [--check]
       npm run import -- match-keys

  people          import a client list (below)
  match-keys      write the match keys of people held before matching existed (safe to repeat)

  --agency        the kind of agency whose client list this is
  --organisation  its code (GSS code of a council, ODS code of an NHS body, ...)
  --by            who is importing (recorded with the run; default: the login name)
  --report        where to write the per-row report (default: <file>.report.csv)
  --check         check the file and report, without importing

Columns are found by their headers: client id (required), NHS number, NHS number status,
forename (required), surname (required), date of birth (required; DD/MM/YYYY or YYYY-MM-DD), postcode.`;

function usage(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      agency: { type: 'string' },
      organisation: { type: 'string' },
      by: { type: 'string' },
      report: { type: 'string' },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [kind, file] = positionals;
  if (kind === 'match-keys') return backfill();
  if (kind !== 'people') usage(kind ? `Unknown list "${kind}".` : 'Say what to import.');
  if (!file) usage('Name the CSV file to import.');
  if (!fs.existsSync(file)) usage(`No such file: ${file}`);
  const agency = values.agency?.toUpperCase() as Agency;
  if (!AGENCIES.includes(agency)) usage(`--agency must be one of ${AGENCIES.join(', ')}.`);
  const organisationCode = values.organisation?.trim().toUpperCase() ?? '';
  if (!/^[A-Z0-9]{2,20}$/.test(organisationCode)) usage('--organisation must be the organisation\'s code (2-20 letters and digits).');
  const reportFile = values.report ?? `${file}.report.csv`;

  const text = fs.readFileSync(file, 'utf8');
  const read = readClientList(text, agency, organisationCode);
  if (read.problems.length) {
    const problems = [...read.problems].sort((a, b) => a.line - b.line);
    fs.writeFileSync(reportFile, toCsv(['line', 'column', 'reason'], problems.map((p) => [p.line, p.field, p.reason])));
    console.error(`Refused ${path.basename(file)}: ${problems.length} problem(s); nothing was imported.`);
    for (const p of problems.slice(0, 20)) console.error(`  line ${p.line}${p.field ? `, ${p.field}` : ''}: ${p.reason}`);
    if (problems.length > 20) console.error(`  ... and ${problems.length - 20} more`);
    console.error(`Report: ${reportFile}`);
    process.exit(1);
  }
  console.log(`${path.basename(file)}: ${read.rows.length} rows checked, no problems.`);
  if (values.check) return;

  const bar = progressBar('Importing');
  let last = 0;
  const progress = (label: string, done: number, total: number) => {
    // Redraw every 1% or so, not for every row.
    if (done === total || done - last >= Math.max(1, Math.floor(total / 100)) || done < last) {
      last = done;
      bar.update(label, done, total);
    }
  };
  const started = Date.now();
  const summary = await withSubgraphDatabase(people, (db) =>
    importClientList(db.client, read.rows, {
      agency,
      organisationCode,
      fileName: path.basename(file),
      fileText: text,
      importedBy: values.by ?? os.userInfo().username,
      progress,
    }),
  );
  fs.writeFileSync(
    reportFile,
    toCsv(['line', 'client id', 'outcome', 'person id', 'review id', 'matched by'], summary.rows.map((r) => [r.line, r.localId, r.outcome, r.personId, r.reviewId, r.matchedBy])),
  );
  const c = summary.counts;
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `Imported ${read.rows.length} rows in ${seconds.toFixed(1)} s (run ${summary.runId}): ${c.CREATED} new, ${c.LINKED} linked to people already known, ` +
      `${c.SENT_TO_REVIEW} sent to review, ${c.ALREADY_HELD + c.ALREADY_IN_REVIEW} already imported.\nReport: ${reportFile}`,
  );
}

async function backfill() {
  const bar = progressBar('Writing match keys for');
  const s = await withSubgraphDatabase(people, (db) => backfillMatchKeys(db.client, bar.update)).catch((err) => {
    console.error(`Writing match keys stopped; the keys written so far stay, and running it again finishes the rest. ${err instanceof Error ? err.message : err}`);
    process.exit(3);
  });
  console.log(`${s.people} people checked; ${s.peopleWithoutKeys} had no match keys; ${s.keysAdded} keys added.`);
}

main().catch((err) => {
  console.error(`Import failed and was rolled back: nothing was written. ${err instanceof Error ? err.message : err}`);
  process.exit(3);
});
