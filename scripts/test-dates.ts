/**
 * `npm run test:dates`: the date-sensitive suites as of two years after the pinned day
 * (CONTINUUM_TODAY, else today), and with `--past` also as of two years before it. The calendar
 * only moves forward under a running hub, so the day ahead is the one CI needs. Each run pins the clock and anchors the demo region on
 * its day (see scripts/jest/global-setup.ts), so a test that reads the real calendar, or leans on
 * a calendar date in the seed, fails here. CI runs this after the full suite, which type-checks the
 * code first; the types do not change with the day, so these runs do not check them again.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseCommandLine } from '@continuum/runtime/cli';
// @ts-expect-error -- jest.config.js is plain JavaScript, without declarations
import jestConfigModule from '../jest.config.js';

/**
 * Suites whose answers turn on the day: episode statuses, readiness and expiring training, report
 * periods and the moves in flight. The subgraphs' own suites run in-process and are quick; of the
 * whole-hub suites, those that read dates. Access suites are left to the main run: who sees whom
 * follows from the region's relationships, which move with the anchor as a whole.
 */
export const DATE_SENSITIVE = [
  'subgraphs/people',
  'subgraphs/councils',
  'subgraphs/health',
  'subgraphs/support',
  'subgraphs/training',
  'subgraphs/kit/demo',
  'subgraphs/kit/runtime/src/__tests__/clock',
  'partners/flintshire-microcare/src/__tests__/micro-carers.test.ts',
  // Micro-care hours returns run to the day before the demo anchor; the quarters counted end today.
  'partners/flintshire-microcare/src/__tests__/activity.test.ts',
  'tests/micro-care-activity.test.ts',
  'tests/transitions.test.ts',
  'tests/safeguarding-follow-ups.test.ts',
  'tests/reablement.test.ts',
  'tests/supply-and-demand.test.ts',
  'tests/assessment-offers.test.ts',
  'tests/support-contracts.test.ts',
  'tests/transition-reports.test.ts',
  'tests/dashboard-aggregates.test.ts',
  'tests/continuity-questions.test.ts',
  'tests/dbs-checks.test.ts',
  'tests/care-plan-household.test.ts',
  'tests/care-certificate.test.ts',
  'tests/course-sessions-and-funding-claims.test.ts',
  'tests/dp-mentors.test.ts',
  'tests/peer-groups.test.ts',
  'tests/deploy-partners.test.ts',
  'tests/findable-register.test.ts',
  'tests/contingency-cover.test.ts',
  'tests/vacancies.test.ts',
  // The micro-carer search's capacity and question 17 read the clients and vacancies current today.
  'tests/micro-carer-search.test.ts',
  'tests/pension-enrolment.test.ts',
  'tests/employment-pay.test.ts',
];

/**
 * Suites inside those folders that read no business date: registering people and PAs and matching
 * them by name and date of birth (large populations included) gives the same answer on any day,
 * a merge's repointing moves a person's rows by id whatever their dates, and the statement counts
 * of batched reads and an import's matching do not turn on the day. Left to the main run.
 */
export const DATE_BLIND = [
  '-frequencies\\.test\\.ts$',
  'matching-(registration|review)\\.test\\.ts$',
  'pa-registration\\.test\\.ts$',
  'repoint\\.test\\.ts$',
  'batching\\.test\\.ts$',
  'people/src/__tests__/import\\.test\\.ts$',
];

const USAGE = `Usage: npm run test:dates [-- <folders or files>] [-t <pattern>]

Runs the date-sensitive suites (or only the folders and files named) as of two years after the
pinned day (CONTINUUM_TODAY, else today), the demo region anchored on that day; with --past, also
as of two years before it.

  <folders or files>        run these instead of the date-sensitive suites
  --past                    also run them as of two years before the pinned day
  -t, --test-name <pattern> only the tests whose names match (jest's -t)
  -h, --help                this help

Exit codes: 0 every run passed, 1 a run failed, 2 usage error.`;

const root = path.resolve(import.meta.dirname, '..');
const { values, positionals } = parseCommandLine({
  command: 'npm run test:dates --',
  usage: USAGE,
  positionals: true,
  options: { 'test-name': { type: 'string', short: 't' }, past: { type: 'boolean' } },
});
// Loaded once the command line is read: --help and a mistyped option answer at once.
const { addDays, isoDate, today } = await import('@continuum/runtime');
const suites = positionals.length ? positionals : DATE_SENSITIVE;
const testName = values['test-name'] === undefined ? [] : ['-t', values['test-name']];
const jestConfig = jestConfigModule as { testPathIgnorePatterns: string[] };
const base = today();
let failed = 0;
// Jest's option replaces the configuration's patterns, so they are passed again beside these.
const ignore = positionals.length
  ? []
  : [...jestConfig.testPathIgnorePatterns, ...DATE_BLIND].map((pattern) => `--testPathIgnorePatterns=${pattern}`);
for (const years of values.past ? [-2, 2] : [2]) {
  const day = isoDate(addDays(base, Math.round(years * 365.25)));
  process.stdout.write(`\n== date-sensitive suites as of ${day}\n`);
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'scripts/test.ts'), '--no-typecheck', ...suites, ...ignore, ...testName],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, CONTINUUM_TODAY: day },
    },
  );
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
