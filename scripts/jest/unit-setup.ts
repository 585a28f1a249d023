/** The fast tier's globalSetup (jest.unit.config.js): the clock pinned as for the full suite, and no database. */
import { pinTestClock } from './test-clock.ts';

export default function unitSetup(): void {
  pinTestClock();
  process.env.NODE_ENV = 'test';
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  // Tests are quiet: a service's log lines go nowhere unless a test reads them (its own logger) or LOG_LEVEL is set.
  process.env.LOG_LEVEL ??= 'silent';
}
