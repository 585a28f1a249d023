import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from '@jest/globals';
import pg from 'pg';
import { withDatabase } from '../config.ts';
import { applyMigrations } from '../migrate.ts';
import { ensureDatabase } from '../postgres.ts';
import { testServerUrl } from '@continuum/dev/testing';

async function scratchDatabase(): Promise<string> {
  const name = `migrate_${Math.random().toString(16).slice(2, 10)}`;
  await ensureDatabase(testServerUrl(), name);
  return withDatabase(testServerUrl(), name);
}

function migrationsDir(migrations: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  for (const [name, sql] of Object.entries(migrations)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

async function query(url: string, sql: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

describe('migration runner', () => {
  it("applies migrations in name order once, recording them in Prisma's table", async () => {
    const url = await scratchDatabase();
    const dir = migrationsDir({ '20260101000000_a': 'CREATE TABLE a (id int);', '20260102000000_b': 'ALTER TABLE a ADD COLUMN b text;' });
    assert.deepEqual(await applyMigrations(url, dir), ['20260101000000_a', '20260102000000_b']);
    assert.deepEqual(await applyMigrations(url, dir), []);
    const rows = await query(
      url,
      'SELECT migration_name, finished_at IS NOT NULL AS done FROM "_prisma_migrations" ORDER BY migration_name',
    );
    assert.deepEqual(rows, [
      { migration_name: '20260101000000_a', done: true },
      { migration_name: '20260102000000_b', done: true },
    ]);
  });

  it('rolls back a failing migration whole and leaves it unrecorded', async () => {
    const url = await scratchDatabase();
    const dir = migrationsDir({ '20260101000000_bad': 'CREATE TABLE half (id int); SELECT no_such_function();' });
    await assert.rejects(applyMigrations(url, dir), /20260101000000_bad failed/);
    assert.deepEqual(await query(url, "SELECT to_regclass('half') IS NULL AS absent"), [{ absent: true }]);
    assert.deepEqual(await query(url, 'SELECT count(*)::int AS n FROM "_prisma_migrations"'), [{ n: 0 }]);
  });

  it('refuses to run when an applied migration was edited afterwards', async () => {
    const url = await scratchDatabase();
    const dir = migrationsDir({ '20260101000000_a': 'CREATE TABLE a (id int);' });
    await applyMigrations(url, dir);
    fs.writeFileSync(path.join(dir, '20260101000000_a', 'migration.sql'), 'CREATE TABLE a (id bigint);');
    await assert.rejects(applyMigrations(url, dir), /was changed after it was applied/);
  });
});
