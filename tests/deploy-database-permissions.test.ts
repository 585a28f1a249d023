/**
 * On a real PostgreSQL server, a login without CREATEDB, or a database made for the hub on which
 * the login has no rights in the schema, is told which database it was and the statement to ask
 * the server's administrator for, in one message, without a stack trace: from the kit's
 * functions, and from a subgraph started the way a deployment starts it.
 */
import { applyMigrations, DatabasePermissionError, ensureDatabase, withDatabase } from '@continuum/runtime';
import { testServerUrl } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { SUBGRAPH_MODULES } from '../scripts/subgraphs.ts';
import { withClient } from './pg-client.ts';

const root = path.resolve(import.meta.dirname, '..');
const suffix = randomBytes(4).toString('hex');
const login = `test_limited_${suffix}`;
const password = randomBytes(12).toString('hex');
const precreated = `test_precreated_${suffix}`;
const people = SUBGRAPH_MODULES.find((m) => m.name === 'people')!;

/** The test server as the limited login. */
function asLogin(database: string): string {
  const url = new URL(withDatabase(testServerUrl(), database));
  url.username = login;
  url.password = password;
  return url.toString();
}

describe('database permission errors', () => {
  beforeAll(async () => {
    await withClient(withDatabase(testServerUrl(), 'postgres'), async (c) => {
      await c.query(`CREATE ROLE ${login} LOGIN NOCREATEDB NOCREATEROLE PASSWORD '${password}'`);
      // Made for the hub by an administrator who kept it (and its public schema) to themselves.
      await c.query(`CREATE DATABASE ${precreated}`);
    });
  });
  afterAll(async () => {
    await withClient(withDatabase(testServerUrl(), 'postgres'), async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${precreated} WITH (FORCE)`);
      await c.query(`DROP ROLE IF EXISTS ${login}`);
    });
  });

  it('a login without CREATEDB is told the database it could not create and the two ways to get it', async () => {
    const database = `test_missing_${suffix}`;
    await assert.rejects(ensureDatabase(asLogin('postgres'), database), (err: Error) => {
      assert.ok(err instanceof DatabasePermissionError);
      assert.match(err.message, new RegExp(`The login "${login}" may not create the database "${database}"`));
      assert.match(err.message, new RegExp(`CREATE DATABASE "${database}" OWNER "${login}";`));
      assert.match(err.message, new RegExp(`ALTER ROLE "${login}" CREATEDB;`));
      return true;
    });
  });

  it('a login with no rights in a pre-created database is told the database and the grant to ask for, and nothing is migrated', async () => {
    await assert.rejects(applyMigrations(asLogin(precreated), people.migrationsDir), (err: Error) => {
      assert.ok(err instanceof DatabasePermissionError);
      assert.match(err.message, new RegExp(`The login "${login}" may not create tables in the database "${precreated}"`));
      assert.match(err.message, new RegExp(`GRANT USAGE, CREATE ON SCHEMA public TO "${login}";`));
      assert.match(err.message, new RegExp(`ALTER DATABASE "${precreated}" OWNER TO "${login}";`));
      return true;
    });
    const tables = await withClient(withDatabase(testServerUrl(), precreated), (c) =>
      c.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'"),
    );
    assert.equal(tables.rows[0].n, 0);
  });

  it('a subgraph started as a deployment starts it prints that message alone (no stack trace) and exits 1', async () => {
    const run = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'deploy/service.ts', 'people'], {
        cwd: root,
        env: { ...process.env, PEOPLE_DATABASE_URL: asLogin(`test_missing_${suffix}`), PEOPLE_PORT: '0' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('exit', (code) => resolve({ code, stderr }));
    });
    assert.equal(run.code, 1);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0], new RegExp(`^people: The login "${login}" may not create the database "test_missing_${suffix}"`));
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  });
});
