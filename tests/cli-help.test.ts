/**
 * Every `npm run` command answers --help with its usage (every option named) and exit 0, and a
 * bogus option with one line on stderr, no stack trace, and exit 2. The commands come from
 * package.json, so a new command is checked as soon as it is added.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, it } from '@jest/globals';

const root = path.resolve(import.meta.dirname, '..');
const scripts = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The options each command's usage must name (its own, as its documentation gives them). */
const OPTIONS: Record<string, string[]> = {
  start: ['--seed-only'],
  seed: ['--seed-only'],
  token: ['--user', '--minutes', '--hours', '--list', '--jti', '--before', '--reason', '--by', '--limit', 'revoke', 'revocations'],
  health: ['--gateway'],
  compose: [],
  schema: [
    'list',
    'register',
    'check',
    'publish',
    'operations add',
    'history',
    '--url',
    '--organisation',
    '--contact',
    '--timeout-ms',
    '--json',
    '--registry',
  ],
  import: ['people', 'pas', 'match-keys', '--agency', '--organisation', '--by', '--report', '--check'],
  audit: ['status', 'rotate', 'archive', '--months', '--to'],
  'subgraph:new': ['--organisation', '--contact', '--port', '--dir'],
  'test:dates': ['--test-name', '-t', '--past'],
  'docs:errors': [],
  soak: ['--minutes', '--every', '--concurrency'],
  bench: ['--duration', '--connections', '--scenarios', '--cpu-prof'],
};
/** Commands whose arguments go to another tool: `npm test` hands them to jest. */
const PASSED_THROUGH = new Set(['test']);
/** The benchmarks are run with npx, not npm, but read their command line the same way. */
const BENCHMARKS: Record<string, string[]> = {
  'scripts/bench-matching.ts': ['--records', '--seed', '--duplicate-rate', '--examples', '--estimate', '--json', '--pa', '--dense'],
  'scripts/bench-import.ts': ['--records', '--seed', '--lists', '--misses', '--command', '--dense'],
  'scripts/profile-summary.ts': ['--top'],
};

/** The package.json scripts run with tsx: [file, ...fixed arguments]. */
const commands = Object.entries(scripts)
  .filter(([name, line]) => line.startsWith('tsx ') && !PASSED_THROUGH.has(name))
  .map(([name, line]) => ({ name, argv: line.split(/\s+/).slice(1), options: OPTIONS[name] }));
const runs = [...commands, ...Object.entries(BENCHMARKS).map(([file, options]) => ({ name: `npx tsx ${file}`, argv: [file], options }))];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(argv: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...argv], {
      cwd: root,
      // Nothing the commands would do may happen here: no database, no keys, no hub.
      env: { ...process.env, DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none', CONTINUUM_KEYS_DIR: path.join(root, '.no-keys') },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs the work a few at a time: each run starts a Node process with TypeScript. */
async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return out;
}

describe('command lines', () => {
  const help = new Map<string, Run>();
  const bogus = new Map<string, Run>();
  beforeAll(async () => {
    await inBatches(runs, 3, async (c) => {
      help.set(c.name, await run([...c.argv, '--help']));
      bogus.set(c.name, await run([...c.argv, '--no-such-option']));
    });
  }, 240_000);

  it('knows the options of every npm run command that takes arguments', () => {
    assert.deepEqual(
      commands.filter((c) => !c.options).map((c) => c.name),
      [],
      'a new command: list its options in OPTIONS',
    );
    assert.deepEqual(commands.map((c) => c.name).sort(), Object.keys(OPTIONS).sort());
  });

  it.each(runs.map((c) => [c.name, c] as const))('%s --help prints its usage, naming every option, and exits 0', (_name, c) => {
    const r = help.get(c.name)!;
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Usage: /);
    for (const option of [...(c.options ?? []), '--help']) assert.ok(r.stdout.includes(option), `the usage names ${option}`);
    assert.equal(r.stderr, '');
  });

  it.each(runs.map((c) => [c.name, c] as const))('%s with an unknown option says so in one line on stderr and exits 2', (_name, c) => {
    const r = bogus.get(c.name)!;
    assert.equal(r.code, 2, r.stderr);
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0], /unknown option --no-such-option/);
    assert.match(lines[0], /--help for usage/);
    assert.doesNotMatch(r.stderr, /\s+at .+:\d+:\d+/, 'no stack trace');
    assert.equal(r.stdout, '');
  });

  it('token answers --hours with the rule and the option to use instead', async () => {
    const r = await run(['scripts/token.ts', '--user', 'phb-lead.icb', '--hours', '8']);
    assert.equal(r.code, 2);
    assert.match(
      r.stderr.trim(),
      /^npm run token: --hours is not an option: a user token lives an hour at most; use --minutes \(1 to 60\)/,
    );
  });
});
