/**
 * The audit trail's retention, for the hub's administrator. Runs as the access store's
 * administrator (the login that migrates it, which holds continuum_audit_owner); subgraphs can
 * do none of this.
 *
 *   npm run audit -- status                  each month's partition, its rows, and the day it may be archived
 *   npm run audit -- rotate [--months <n>]   makes the partitions for this month and the next n (3) ahead
 *   npm run audit -- archive [--to <folder>] archives every month past the retention period to
 *                                            <folder> (CONTINUUM_AUDIT_ARCHIVE_DIR, else
 *                                            .continuum/audit-archive): rows as JSON lines, gzipped,
 *                                            with a .sha256 beside each; then detaches and drops it
 *
 * The retention period is CONTINUUM_AUDIT_RETENTION_YEARS (8); "today" is the hub's clock
 * (CONTINUUM_TODAY pins it). The access store is CONTINUUM_ACCESS_DATABASE_URL, else
 * `continuum_access` on DATABASE_URL's server, else on the running embedded server of `npm start`.
 */
import { ACCESS_DATABASE, archiveAuditPartitions, auditPartitions, retentionYears, rotateAuditPartitions } from '@continuum/access';
import { embeddedPostgresPort, todayIso, withDatabase } from '@continuum/runtime';
import { embeddedPostgresUrl } from '@continuum/dev';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');

function usage(): never {
  console.error('usage: npm run audit -- status | rotate [--months <n>] | archive [--to <folder>]');
  process.exit(2);
}

/** The access store, as its administrator. */
function accessUrl(): string {
  if (process.env.CONTINUUM_ACCESS_DATABASE_URL) return process.env.CONTINUUM_ACCESS_DATABASE_URL;
  if (process.env.DATABASE_URL) return withDatabase(process.env.DATABASE_URL, ACCESS_DATABASE);
  return withDatabase(embeddedPostgresUrl(embeddedPostgresPort()), ACCESS_DATABASE);
}

/** A login that cannot act as the audit owner, or a server that is not running, gets told what it needs. */
function explain(err: unknown): string {
  const e = err as { code?: string; message?: string };
  if (e.code === 'ECONNREFUSED')
    return "The hub's database server is not running: start it (npm start), or set DATABASE_URL or CONTINUUM_ACCESS_DATABASE_URL.";
  if (e.code === '42501' && /set role|permission denied to set/i.test(e.message ?? '')) {
    return "This login cannot act as continuum_audit_owner: run the command with the administrator's URL (CONTINUUM_ACCESS_DATABASE_URL or DATABASE_URL), the login that migrates the access store.";
  }
  return e.message ?? String(err);
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { months: { type: 'string' }, to: { type: 'string' } } });
  const [command] = positionals;
  const url = accessUrl();
  if (command === 'status') {
    const years = retentionYears();
    console.log(`Retention: ${years} years; today is ${todayIso()}.`);
    for (const p of await auditPartitions(url)) {
      console.log(
        `${p.name}  ${String(p.rows).padStart(10)} rows  ${p.archivableFrom <= todayIso() ? 'due for archiving' : `kept until ${p.archivableFrom}`}`,
      );
    }
  } else if (command === 'rotate') {
    const months = values.months === undefined ? undefined : Number(values.months);
    if (months !== undefined && (!Number.isInteger(months) || months < 0 || months > 120)) usage();
    const made = await rotateAuditPartitions(url, months);
    console.log(made.length ? `Made ${made.join(', ')}.` : 'Every partition ahead is already there.');
  } else if (command === 'archive') {
    const folder = path.resolve(values.to ?? process.env.CONTINUUM_AUDIT_ARCHIVE_DIR ?? path.join(root, '.continuum', 'audit-archive'));
    const done = await archiveAuditPartitions(url, { folder });
    if (!done.length) console.log(`Nothing is older than ${retentionYears()} years.`);
    for (const a of done) console.log(`Archived ${a.name}: ${a.rows} rows to ${a.file} (sha256 ${a.sha256}); detached and dropped.`);
  } else usage();
}

main().catch((err) => {
  console.error(explain(err));
  process.exit(1);
});
