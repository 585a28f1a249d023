/**
 * `npm test`: type-checks, then runs the suite with jest (jest.config.js). jest's globalSetup
 * pins the clock, starts one throw-away embedded PostgreSQL and builds the seeded template
 * databases; each test file clones fresh databases from them.
 *
 *   npm test                          everything, as of today
 *   npm test -- subgraphs/people      only the tests under one folder (no type-check)
 *   npm test -- --unit                the fast tier: tests needing no database, no PostgreSQL started
 *   CONTINUUM_TODAY=2028-12-07 npm test   the whole suite as of another day
 *
 * The fast tier is jest.unit.config.js: the folders and files listed in scripts/jest/unit-tests.json.
 * A run naming only folders or files uses it by itself when every test they select is listed there.
 * Other arguments go to jest as they are (e.g. `-t "merge"`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const folders = args.filter((a) => !a.startsWith('-'));
const unit = args.includes('--unit') || onlyUnitTests();
const skipTypecheck = args.includes('--no-typecheck') || folders.length > 0 || unit;
const jestArgs = [...(unit ? ['--config', 'jest.unit.config.js'] : []), ...args.filter((a) => a !== '--no-typecheck' && a !== '--unit')];

/** Every `*.test.ts` in the repository (outside node_modules, generated code and dot folders), relative to it. */
function testFiles(dir = root): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'generated' || e.name.startsWith('.') ? [] : testFiles(full);
    return e.name.endsWith('.test.ts') ? [path.relative(root, full)] : [];
  });
}

/**
 * Whether a run names only folders and files (no other jest option), and every test they could
 * select (as jest reads them: regular expressions over the path) is in the fast tier.
 */
function onlyUnitTests(): boolean {
  const named = args.filter((a) => a !== '--no-typecheck');
  if (!named.length || !named.every((a) => !a.startsWith('-') && fs.existsSync(path.resolve(root, a)))) return false;
  const listed = JSON.parse(fs.readFileSync(path.join(root, 'scripts/jest/unit-tests.json'), 'utf8')) as string[];
  const inTier = (file: string) => listed.some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p));
  const patterns = named.map((a) => new RegExp(a, 'i'));
  const selected = testFiles().filter((f) => patterns.some((r) => r.test(path.join(root, f))));
  return selected.length > 0 && selected.every(inTier);
}

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env): number {
  return spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env }).status ?? 1;
}

function main(): number {
  if (!skipTypecheck) {
    process.stdout.write('\n== type-check (tsc --noEmit)\n');
    for (const project of ['tsconfig.json', 'dashboard/tsconfig.json']) {
      const status = run(path.join(root, 'node_modules/.bin/tsc'), ['--noEmit', '-p', project]);
      if (status !== 0) return status;
    }
  }
  process.stdout.write(`\n== tests (jest${unit ? ', fast tier: no database' : ''})\n`);
  const results = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-jest-')), 'results.json');
  const jest = path.join(root, 'node_modules/jest/bin/jest.js');
  const status = run(
    process.execPath,
    ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', jest, '--json', `--outputFile=${results}`, ...jestArgs],
    {
      ...process.env,
      NODE_ENV: 'test',
      APOLLO_TELEMETRY_DISABLED: '1',
    },
  );
  process.stdout.write(`\n${summaryLine(results, status)}\n`);
  fs.rmSync(path.dirname(results), { recursive: true, force: true });
  return status;
}

/** The plain last line of `npm test`: tests passed and failed (a file that could not run counts as one failure). */
function summaryLine(resultsFile: string, status: number): string {
  if (!fs.existsSync(resultsFile)) return `0 passed, ${status === 0 ? 0 : 1} failed`;
  const r = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numRuntimeErrorTestSuites: number;
  };
  return `${r.numPassedTests} passed, ${r.numFailedTests + r.numRuntimeErrorTestSuites} failed`;
}

process.exit(main());
