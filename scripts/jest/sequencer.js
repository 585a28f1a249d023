/**
 * The order jest starts test files in. Jest starts the longest first when it has timed them in an
 * earlier run of this checkout, else the largest files first. A few files take far longer than
 * their size says (each starts processes or a browser, or pages through every record), and one of
 * them started last keeps one worker busy while the other has nothing left to run. Those that jest
 * has not timed go first, the slowest first, then the rest in jest's own order.
 */
import TestSequencer from '@jest/test-sequencer';

/** The slowest files of a full run, slowest first (seconds on two workers beside each other). */
export const SLOWEST = [
  'dashboard/tests/dashboard.browser.test.ts', // ~130
  'tests/faults.test.ts', // ~65
  'tests/processes.test.ts', // ~45
  'tests/replicas.test.ts', // ~35
  'tests/access-lists.test.ts', // ~35
  'tests/mutation-matrix.test.ts', // ~35
  'tests/token-revocation.test.ts', // ~27
  'tests/import-command.test.ts', // ~27
  'tests/first-run.test.ts', // ~26
  'tests/subgraph-template.test.ts', // ~26
  'tests/cli-help.test.ts', // ~25
  'tests/partner-subgraph.test.ts', // ~25
  'tests/who-sees-featured.test.ts', // ~23
];

export default class SlowestFirst extends TestSequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    const rank = (test) => {
      const i = SLOWEST.findIndex((file) => test.path.endsWith(`/${file}`));
      return i < 0 || test.duration != null ? SLOWEST.length : i;
    };
    // Array.prototype.sort is stable: files of equal rank keep jest's order.
    return ordered.sort((a, b) => rank(a) - rank(b));
  }
}
