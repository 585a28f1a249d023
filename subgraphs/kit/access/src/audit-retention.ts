/**
 * The audit trail's retention. Its table is partitioned by calendar month (UTC); partitions are
 * made ahead by the audit owner, and once a whole month is older than the retention period
 * (CONTINUUM_AUDIT_RETENTION_YEARS, 8 by default) it is archived to a file with its SHA-256
 * checksum and only then detached and dropped. Rows are never updated or deleted: a month leaves
 * whole, by the administrator's command (`npm run audit -- archive`), never from a subgraph.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import pg from 'pg';
import { today, AUDIT_OWNER_ROLE } from '@continuum/runtime';

export const DEFAULT_RETENTION_YEARS = 8;
export const DEFAULT_MONTHS_AHEAD = 3;

export function retentionYears(): number {
  const raw = process.env.CONTINUUM_AUDIT_RETENTION_YEARS;
  if (raw === undefined || raw === '') return DEFAULT_RETENTION_YEARS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`CONTINUUM_AUDIT_RETENTION_YEARS must be a whole number of years (1 or more), got "${raw}"`);
  return n;
}

export interface AuditPartition {
  name: string;
  /** First day of the month it holds, YYYY-MM-DD. */
  month: string;
  rows: number;
  /** The first day it may be archived: the month's end plus the retention period. */
  archivableFrom: string;
}

export interface ArchivedPartition extends AuditPartition {
  file: string;
  sha256: string;
}

const PARTITION = /^audit_event_(\d{4})_(\d{2})$/;

async function asAuditOwner<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`SET ROLE ${AUDIT_OWNER_ROLE}`);
    return await work(client);
  } finally {
    await client.end();
  }
}

function addMonths(isoMonth: string, months: number): string {
  const [y, m] = isoMonth.split('-').map(Number);
  const d = new Date(Date.UTC(y!, m! - 1 + months, 1));
  return d.toISOString().slice(0, 10);
}

function addYears(isoDay: string, years: number): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  const out = new Date(Date.UTC(y! + years, m! - 1, d!));
  // 29 February in a year without one becomes 1 March, a day later, never earlier.
  return out.toISOString().slice(0, 10);
}

/** Makes the partitions from the month being written in (by the database's clock) through `monthsAhead` more. Answers the partitions made. */
export async function rotateAuditPartitions(adminUrl: string, monthsAhead = DEFAULT_MONTHS_AHEAD): Promise<string[]> {
  return asAuditOwner(adminUrl, async (client) => {
    const before = new Set(await partitionNames(client));
    await client.query(
      `SELECT audit_event_partition_for(month::date) FROM generate_series(date_trunc('month', clock_timestamp() AT TIME ZONE 'UTC'),
         date_trunc('month', clock_timestamp() AT TIME ZONE 'UTC') + make_interval(months => $1), interval '1 month') AS month`,
      [monthsAhead],
    );
    return (await partitionNames(client)).filter((n) => !before.has(n));
  });
}

async function partitionNames(client: pg.Client): Promise<string[]> {
  const r = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'audit_event'::regclass ORDER BY c.relname`,
  );
  return r.rows.map((row) => row.name).filter((name) => PARTITION.test(name));
}

async function partitions(client: pg.Client, years = retentionYears()): Promise<AuditPartition[]> {
  const out: AuditPartition[] = [];
  for (const name of await partitionNames(client)) {
    const [, year, month] = PARTITION.exec(name)!;
    const first = `${year}-${month}-01`;
    const rows = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${name}`)).rows[0]!.n);
    out.push({ name, month: first, rows, archivableFrom: addYears(addMonths(first, 1), years) });
  }
  return out;
}

/** The partitions and when each may be archived. */
export async function auditPartitions(adminUrl: string): Promise<AuditPartition[]> {
  return asAuditOwner(adminUrl, (client) => partitions(client));
}

/**
 * Archives every month older than the retention period on `asOf` (the hub's today): its rows,
 * one JSON object a line, gzipped, to `folder`, with a `.sha256` file beside it; the count written
 * is checked against the partition's before it is detached and dropped. A month whose archive
 * cannot be written and checked stays where it is.
 */
export async function archiveAuditPartitions(
  adminUrl: string,
  opts: { folder: string; asOf?: string; years?: number },
): Promise<ArchivedPartition[]> {
  const asOf = opts.asOf ?? today().toISOString().slice(0, 10);
  const years = opts.years ?? retentionYears();
  fs.mkdirSync(opts.folder, { recursive: true, mode: 0o700 });
  return asAuditOwner(adminUrl, async (client) => {
    const due = (await partitions(client, years)).filter((p) => p.archivableFrom <= asOf);
    const done: ArchivedPartition[] = [];
    for (const p of due) done.push(await archiveOne(client, p, opts.folder));
    return done;
  });
}

async function archiveOne(client: pg.Client, p: AuditPartition, folder: string): Promise<ArchivedPartition> {
  const file = path.join(folder, `${p.name}.jsonl.gz`);
  const temporary = `${file}.partial`;
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
  try {
    // Nothing may be added to the month while it is archived and detached.
    await client.query(`LOCK TABLE ${p.name} IN SHARE MODE`);
    const rows = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${p.name}`)).rows[0]!.n);
    await client.query(`DECLARE archive NO SCROLL CURSOR FOR SELECT to_jsonb(e)::text AS line FROM ${p.name} e ORDER BY id`);
    let written = 0;
    async function* lines() {
      for (;;) {
        const batch = await client.query<{ line: string }>('FETCH 5000 FROM archive');
        if (!batch.rows.length) return;
        written += batch.rows.length;
        yield `${batch.rows.map((r) => r.line).join('\n')}\n`;
      }
    }
    await pipeline(Readable.from(lines()), zlib.createGzip(), fs.createWriteStream(temporary, { mode: 0o600 }));
    await client.query('CLOSE archive');
    if (written !== rows) throw new Error(`${p.name}: ${written} rows archived of ${rows}; the month stays in place`);
    const handle = fs.openSync(temporary, 'r');
    fs.fsyncSync(handle);
    fs.closeSync(handle);
    const sha256 = crypto.createHash('sha256').update(fs.readFileSync(temporary)).digest('hex');
    fs.renameSync(temporary, file);
    // In the form `sha256sum -c` reads.
    fs.writeFileSync(`${file}.sha256`, `${sha256}  ${path.basename(file)}\n`, { mode: 0o600 });
    await client.query(`ALTER TABLE audit_event DETACH PARTITION ${p.name}`);
    await client.query(`DROP TABLE ${p.name}`);
    await client.query('COMMIT');
    return { ...p, rows, file, sha256 };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    fs.rmSync(temporary, { force: true });
    throw err;
  }
}
