/**
 * One clock: business dates and record timestamps come from the kit's clock (clock.ts), elapsed
 * time and deadlines from performance.now(). This scans the source for other readers of the
 * wall clock; the few that must read real time are listed here with the reason.
 */
import { describe, expect, it } from '@jest/globals';
import { sourceFiles } from '@continuum/dev/source-files';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..', '..', '..');
const FOLDERS = ['subgraphs', 'partners', 'gateway', 'schema', 'scripts', 'dashboard'];
const SOURCE = /\.(ts|tsx)(\.tmpl)?$/;
const WALL_CLOCK = /\bnew Date\(\s*\)|\bDate\.now\b/;

/** Files that may read the wall clock, and why. */
const ALLOWED: Record<string, string> = {
  'subgraphs/kit/runtime/src/clock.ts': 'the clock itself',
  'subgraphs/kit/access/src/auth/tokens.ts': 'token lifetimes (JWT iat/exp) are real time, not business time',
  'dashboard/server/sign-in.ts': "renews the dashboard's token by its real lifetime",
  'schema/src/registry/store.ts': "a stale lock's age is measured against its file's modification time, which is wall-clock time",
  'subgraphs/support/src/import/import-register.ts':
    'orders an import against review rows that the database client stamps with the real time',
};

/** file:line of each line of code (not a comment) that reads the wall clock. */
function wallClockReaders(file: string): string[] {
  return fs
    .readFileSync(path.join(ROOT, file), 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      const code = line.trim();
      const comment = code.startsWith('//') || code.startsWith('*') || code.startsWith('/*');
      return !comment && WALL_CLOCK.test(code) ? [`${file}:${i + 1}: ${code}`] : [];
    });
}

describe('one clock', () => {
  const files = sourceFiles(ROOT, FOLDERS, SOURCE);

  it('finds the source to scan', () => {
    expect(files).toContain('subgraphs/kit/runtime/src/clock.ts');
    expect(files.length).toBeGreaterThan(100);
  });

  it('reads the wall clock only through the kit clock (today(), now()) or performance.now() for elapsed time', () => {
    const offenders = files.filter((f) => !(f in ALLOWED)).flatMap(wallClockReaders);
    expect(offenders).toEqual([]);
  });

  it('allows only files that still read the wall clock', () => {
    const stale = Object.keys(ALLOWED).filter((f) => !files.includes(f) || wallClockReaders(f).length === 0);
    expect(stale).toEqual([]);
  });
});
