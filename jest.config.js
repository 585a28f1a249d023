/**
 * The suite runs on jest (ESM, TypeScript through @swc/jest). `npm test` (scripts/test.ts)
 * type-checks first and then starts jest with this configuration; `globalSetup` starts one
 * embedded PostgreSQL and builds the seeded template databases once for the whole run.
 */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' }, module: { type: 'es6' } }];

export default {
  testEnvironment: '<rootDir>/scripts/jest/environment.js',
  roots: [
    '<rootDir>/subgraphs',
    '<rootDir>/tools',
    '<rootDir>/partners',
    '<rootDir>/gateway',
    '<rootDir>/schema',
    '<rootDir>/tests',
    '<rootDir>/dashboard',
  ],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/generated/'],
  modulePathIgnorePatterns: ['<rootDir>/.continuum/'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.tsx?$': swc },
  globalSetup: '<rootDir>/scripts/jest/global-setup.ts',
  globalTeardown: '<rootDir>/scripts/jest/global-teardown.ts',
  // The slowest files start first, so that neither worker is left running a long one alone at the end.
  testSequencer: '<rootDir>/scripts/jest/sequencer.js',
  // Whole-hub tests start a gateway and five subgraphs on real HTTP: minutes, not jest's 5 s.
  testTimeout: 180_000,
  // Most of a test's time is spent waiting on PostgreSQL and HTTP: two workers keep both cores busy.
  maxWorkers: Number(process.env.CONTINUUM_TEST_WORKERS ?? 2),
  // ESM module registries are not freed between files: recycle a worker that has grown.
  workerIdleMemoryLimit: '1.5GB',
};
