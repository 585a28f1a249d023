/**
 * The fast tier (`npm test -- --unit`): the tests that need no database, run without the embedded
 * PostgreSQL and seeded templates of jest.config.js's globalSetup (seconds, not minutes). They are
 * listed in scripts/jest/unit-tests.json, a folder (ending in `/`: every test under it) or one
 * file each; a test listed there that reaches for a database fails, as no server is started.
 */
import fs from 'node:fs';
import { URL } from 'node:url';
import base from './jest.config.js';

const UNIT_TESTS = JSON.parse(fs.readFileSync(new URL('./scripts/jest/unit-tests.json', import.meta.url), 'utf8'));

const config = {
  ...base,
  testMatch: UNIT_TESTS.map((p) => (p.endsWith('/') ? `<rootDir>/${p}**/*.test.ts` : `<rootDir>/${p}`)),
  // The clock pinned as for the full suite; no database, so nothing to tear down.
  globalSetup: '<rootDir>/scripts/jest/unit-setup.ts',
};
delete config.globalTeardown;
export default config;
