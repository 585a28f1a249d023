/** @continuum/dev (development only): embedded PostgreSQL; test helpers under ./testing, ./codegen, ./repoint-contract (see README.md). */
export * from './src/embedded-postgres.ts';
