/**
 * `npm test`: type-checks, then runs the suite with jest (jest.config.js). jest's globalSetup
 * pins the clock, starts one throw-away embedded PostgreSQL and builds the seeded template
 * databases; each test file clones fresh databases from them.
 *
 *   npm test                          everything, as of today
 *   npm test -- subgraphs/people      only the tests under one folder (no type-check)
 *   CONTINUUM_TODAY=2028-12-07 npm test   the whole suite as of another day
 *
 * Other arguments go to jest as they are (e.g. `-t "merge"`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const folders = args.filter((a) => !a.startsWith('-'));
const skipTypecheck = args.includes('--no-typecheck') || folders.length > 0;
const jestArgs = args.filter((a) => a !== '--no-typecheck');

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
  process.stdout.write('\n== tests (jest)\n');
  const results = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-jest-')), 'results.json');
  const jest = path.join(root, 'node_modules/jest/bin/jest.js');
  const status = run(process.execPath, ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', jest, '--json', `--outputFile=${results}`, ...jestArgs], {
    ...process.env,
    NODE_ENV: 'test',
    APOLLO_TELEMETRY_DISABLED: '1',
  });
  process.stdout.write(`\n${summaryLine(results, status)}\n`);
  fs.rmSync(path.dirname(results), { recursive: true, force: true });
  return status;
}

/** The plain last line of `npm test`: tests passed and failed (a file that could not run counts as one failure). */
function summaryLine(resultsFile: string, status: number): string {
  if (!fs.existsSync(resultsFile)) return `0 passed, ${status === 0 ? 0 : 1} failed`;
  const r = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as { numPassedTests: number; numFailedTests: number; numRuntimeErrorTestSuites: number };
  return `${r.numPassedTests} passed, ${r.numFailedTests + r.numRuntimeErrorTestSuites} failed`;
}

process.exit(main());
