/**
 * The audit trail's retention: the table is partitioned by month (the migration that made it so
 * kept every row, its id and the append-only guard); the administrator's command makes months
 * ahead, and archives a month only once it is wholly older than the retention period (8 years
 * unless configured) — to a gzipped file with its SHA-256 — before detaching and dropping it.
 * Nothing is ever updated or deleted, and the subgraphs' role can do none of it.
 */
import { ACCESS_STORE_MIGRATIONS, rotateAuditPartitions } from '@continuum/access';
import { applyMigrations, ensureDatabase, runtimeDatabaseUrl, withDatabase } from '@continuum/runtime';
import { freshDatabase, testServerUrl } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type pg from 'pg';
import { describe, it } from '@jest/globals';
import { withClient } from './pg-client.ts';

const root = path.resolve(import.meta.dirname, '..');
const PARTITIONED_BY = '20261127090000_audit_trail_partitions';

const INSERT = `INSERT INTO audit_event (request_id, user_id, user_name, organisation_code, role, purpose, subgraph, action, person_id, record_type, record_ids, fields, outcome)
  VALUES ($1, 'social-worker.newcastle', 'Social worker', 'E08000021', 'SOCIAL_WORKER', 'DIRECT_CARE', 'people', 'READ', gen_random_uuid(), 'Person', '{}', '{givenName}', 'ALLOWED')`;

/** The partitions of audit_event, by name. */
const partitionsOf = (c: pg.Client) =>
  c
    .query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'audit_event'::regclass ORDER BY 1`,
    )
    .then((r) => r.rows.map((x) => x.name));

/** A month's partition name, worked out in the database from an offset in months from its own current month (UTC). */
const monthName = (c: pg.Client, offset: number) =>
  c
    .query<{ name: string }>(
      `SELECT 'audit_event_' || to_char(date_trunc('month', now() AT TIME ZONE 'UTC') + make_interval(months => $1), 'YYYY_MM') AS name`,
      [offset],
    )
    .then((r) => r.rows[0].name);

function audit(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit.ts', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

describe('the partitioned audit trail', () => {
  it('the migration that partitions it keeps every row and id, makes a month for each, keeps refusing UPDATE, DELETE and TRUNCATE, and hands it to the audit owner', async () => {
    const admin = withDatabase(testServerUrl(), `audit_migration_${randomBytes(4).toString('hex')}`);
    await ensureDatabase(admin, new URL(admin).pathname.slice(1));
    // The store as it was before: its migrations up to the one that partitions the trail.
    const earlier = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-migrations-'));
    for (const name of fs.readdirSync(ACCESS_STORE_MIGRATIONS).filter((n) => n < PARTITIONED_BY))
      fs.cpSync(path.join(ACCESS_STORE_MIGRATIONS, name), path.join(earlier, name), { recursive: true });
    await applyMigrations(admin, earlier);
    const before = await withClient(admin, async (c) => {
      assert.equal((await c.query(`SELECT relkind FROM pg_class WHERE relname = 'audit_event'`)).rows[0].relkind, 'r');
      // Rows from three months: two and one months ago, and now.
      for (const [i, ago] of ['2 months', '1 month', '0 months'].entries()) {
        await c.query(INSERT, [`r${i}a`]);
        await c.query(INSERT, [`r${i}b`]);
        await c.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update`);
        await c.query(`UPDATE audit_event SET at = now() - $1::interval WHERE request_id LIKE $2`, [ago, `r${i}%`]);
        await c.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update`);
      }
      return (await c.query(`SELECT id::text, at, request_id FROM audit_event ORDER BY id`)).rows;
    });
    assert.equal(before.length, 6);
    await applyMigrations(admin, ACCESS_STORE_MIGRATIONS);
    await withClient(admin, async (c) => {
      assert.equal((await c.query(`SELECT relkind FROM pg_class WHERE relname = 'audit_event'`)).rows[0].relkind, 'p', 'partitioned');
      assert.deepEqual(
        (await c.query(`SELECT id::text, at, request_id FROM audit_event ORDER BY id`)).rows,
        before,
        'every row, id and time kept',
      );
      const months = await partitionsOf(c);
      for (const offset of [-2, -1, 0, 1]) assert.ok(months.includes(await monthName(c, offset)), `a partition for month ${offset}`);
      for (const statement of [
        `UPDATE audit_event SET user_id = 'someone else'`,
        'DELETE FROM audit_event',
        'TRUNCATE audit_event',
        `TRUNCATE ${await monthName(c, 0)}`,
      ]) {
        await assert.rejects(c.query(statement), /append-only/, statement);
      }
      const owners = (
        await c.query(
          `SELECT DISTINCT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE relname LIKE 'audit_event%' AND relkind IN ('r', 'p', 'S')`,
        )
      ).rows;
      assert.deepEqual(owners, [{ owner: 'continuum_audit_owner' }]);
      const added = (await c.query(`${INSERT} RETURNING id::text`, ['after'])).rows[0].id;
      assert.ok(BigInt(added) > BigInt(before.at(-1)!.id), 'ids carry on from the same sequence');
    });
  });

  it('rotating makes the months ahead, as the audit owner', async () => {
    const admin = await freshDatabase('access');
    const made = await rotateAuditPartitions(admin, 6);
    await withClient(admin, async (c) => {
      const months = await partitionsOf(c);
      for (let offset = 0; offset <= 6; offset++) assert.ok(months.includes(await monthName(c, offset)), `month +${offset}`);
      assert.ok(made.includes(await monthName(c, 6)));
      const owners = (
        await c.query(
          `SELECT DISTINCT pg_get_userbyid(c.relowner) AS owner FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'audit_event'::regclass`,
        )
      ).rows;
      assert.deepEqual(owners, [{ owner: 'continuum_audit_owner' }]);
    });
  });

  it('archives a month only once it is wholly past the retention period (clock pinned), to a checksummed file, then detaches and drops it', async () => {
    const admin = await freshDatabase('access');
    const writer = runtimeDatabaseUrl(admin, 'access');
    // Rows written the way subgraphs write them, as the writer role, in the database's current month.
    await withClient(writer, async (c) => {
      for (let i = 0; i < 7; i++) await c.query(INSERT, [`archive-${i}`]);
    });
    const { thisMonth, nextMonth, ids, dueDay, dayBefore } = await withClient(admin, async (c) => ({
      thisMonth: await monthName(c, 0),
      nextMonth: await monthName(c, 1),
      ids: (
        await c.query(
          `SELECT id::text FROM audit_event WHERE at >= date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' ORDER BY id`,
        )
      ).rows.map((r) => r.id),
      // This month is wholly 8 years old on the first day of next month, 8 years on.
      dueDay: (
        await c.query(
          `SELECT to_char(date_trunc('month', now() AT TIME ZONE 'UTC') + interval '1 month' + interval '8 years', 'YYYY-MM-DD') AS d`,
        )
      ).rows[0].d as string,
      dayBefore: (
        await c.query(
          `SELECT to_char(date_trunc('month', now() AT TIME ZONE 'UTC') + interval '1 month' + interval '8 years' - interval '1 day', 'YYYY-MM-DD') AS d`,
        )
      ).rows[0].d as string,
    }));
    assert.ok(ids.length >= 7);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-audit-archive-'));
    const env = { CONTINUUM_ACCESS_DATABASE_URL: admin };

    const early = audit(['archive', '--to', folder], { ...env, CONTINUUM_TODAY: dayBefore });
    assert.equal(early.status, 0, early.stderr);
    assert.match(early.stdout, /Nothing is older than 8 years/);
    assert.deepEqual([...fs.readdirSync(folder)], []);

    // The subgraphs' role cannot archive (nor drop) anything.
    const asWriter = audit(['archive', '--to', folder], { CONTINUUM_ACCESS_DATABASE_URL: writer, CONTINUUM_TODAY: dueDay });
    assert.equal(asWriter.status, 1);
    assert.match(asWriter.stderr, /cannot act as continuum_audit_owner/);
    await withClient(admin, async (c) => assert.ok((await partitionsOf(c)).includes(thisMonth)));

    const run = audit(['archive', '--to', folder], { ...env, CONTINUUM_TODAY: dueDay });
    assert.equal(run.status, 0, run.stderr);
    const file = path.join(folder, `${thisMonth}.jsonl.gz`);
    assert.deepEqual([...fs.readdirSync(folder)].sort(), [`${thisMonth}.jsonl.gz`, `${thisMonth}.jsonl.gz.sha256`]);
    const sha256 = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    assert.equal(fs.readFileSync(`${file}.sha256`, 'utf8'), `${sha256}  ${thisMonth}.jsonl.gz\n`);
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    const lines = zlib
      .gunzipSync(fs.readFileSync(file))
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      lines.map((l) => String(l.id)),
      ids,
      'every row of the month, in id order',
    );
    assert.deepEqual(
      lines.filter((l) => l.request_id === 'archive-0').map((l) => [l.user_id, l.organisation_code, l.action, l.outcome]),
      [['social-worker.newcastle', 'E08000021', 'READ', 'ALLOWED']],
    );
    await withClient(admin, async (c) => {
      const months = await partitionsOf(c);
      assert.ok(!months.includes(thisMonth), 'detached');
      assert.equal((await c.query('SELECT to_regclass($1) AS t', [thisMonth])).rows[0].t, null, 'and dropped');
      assert.ok(months.includes(nextMonth), 'the next month stays');
      assert.equal(Number((await c.query(`SELECT count(*) AS n FROM audit_event WHERE id = ANY($1::bigint[])`, [ids])).rows[0].n), 0);
    });

    const again = audit(['archive', '--to', folder], { ...env, CONTINUUM_TODAY: dueDay });
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /Nothing is older than 8 years/);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('the retention period is configurable, and the status says when each month may go', async () => {
    const admin = await freshDatabase('access');
    const { thisMonth, keptUntil } = await withClient(admin, async (c) => ({
      thisMonth: await monthName(c, 0),
      keptUntil: (
        await c.query(
          `SELECT to_char(date_trunc('month', now() AT TIME ZONE 'UTC') + interval '1 month' + interval '10 years', 'YYYY-MM-DD') AS d`,
        )
      ).rows[0].d as string,
    }));
    const status = audit(['status'], { CONTINUUM_ACCESS_DATABASE_URL: admin, CONTINUUM_AUDIT_RETENTION_YEARS: '10' });
    assert.equal(status.status, 0, status.stderr);
    assert.match(status.stdout, /Retention: 10 years/);
    assert.match(status.stdout, new RegExp(`${thisMonth} +\\d+ rows +kept until ${keptUntil}`));
    const bad = audit(['status'], { CONTINUUM_ACCESS_DATABASE_URL: admin, CONTINUUM_AUDIT_RETENTION_YEARS: 'forever' });
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /CONTINUUM_AUDIT_RETENTION_YEARS must be a whole number of years/);
  });
});
