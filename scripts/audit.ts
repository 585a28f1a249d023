/**
 * `npm run audit`: the audit trail's retention, for the hub's administrator. Runs as the access
 * store's administrator (the login that migrates it, which holds continuum_audit_owner);
 * subgraphs can do none of this. USAGE below is what `--help` prints.
 */
import { parseCommandLine, runCommand, UsageError } from '@continuum/runtime/cli';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const COMMAND = 'npm run audit --';

const USAGE = `Usage: npm run audit -- status | rotate [--months <n>] | archive [--to <folder>]

The audit trail's monthly partitions and their retention, as the access store's administrator.

Commands:
  status     each month's partition, its rows, and the day it may be archived
  rotate     makes the partitions for this month and the next --months ahead
  archive    archives every month wholly older than the retention period: its rows as gzipped
             JSON lines with a .sha256 beside each, checked, then the month is detached and dropped

Options:
  --months <n>     rotate: months ahead to make (0 to 120, default 3)
  --to <folder>    archive: where to write (default CONTINUUM_AUDIT_ARCHIVE_DIR, else
                   .continuum/audit-archive)
  -h, --help       this help

The retention period is CONTINUUM_AUDIT_RETENTION_YEARS (8); "today" is the hub's clock
(CONTINUUM_TODAY pins it). The access store is CONTINUUM_ACCESS_DATABASE_URL, else
continuum_access on DATABASE_URL's server, else on the running embedded server of npm start.
Exit codes: 0 done, 1 failed, 2 usage error.`;

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

const { positionals, values } = parseCommandLine({
  command: COMMAND,
  usage: USAGE,
  positionals: true,
  options: { months: { type: 'string' }, to: { type: 'string' } },
});

// Loaded once the command line is read: --help and a mistyped option answer at once.
const { ACCESS_DATABASE, archiveAuditPartitions, auditPartitions, retentionYears, rotateAuditPartitions } =
  await import('@continuum/access');
const { embeddedPostgresPort, todayIso, withDatabase } = await import('@continuum/runtime');
const { embeddedPostgresUrl } = await import('@continuum/dev');

async function main(): Promise<void> {
  const [command, extra] = positionals;
  if (!['status', 'rotate', 'archive'].includes(command ?? ''))
    throw new UsageError(
      command ? `unknown command "${command}": use status, rotate or archive` : 'say which command: status, rotate or archive',
    );
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  const months = values.months === undefined ? undefined : Number(values.months);
  if (months !== undefined && (command !== 'rotate' || !Number.isInteger(months) || months < 0 || months > 120))
    throw new UsageError(command === 'rotate' ? '--months must be a whole number from 0 to 120' : '--months goes with rotate');
  if (values.to !== undefined && command !== 'archive') throw new UsageError('--to goes with archive');
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
    const made = await rotateAuditPartitions(url, months);
    console.log(made.length ? `Made ${made.join(', ')}.` : 'Every partition ahead is already there.');
  } else {
    const folder = path.resolve(values.to ?? process.env.CONTINUUM_AUDIT_ARCHIVE_DIR ?? path.join(root, '.continuum', 'audit-archive'));
    const done = await archiveAuditPartitions(url, { folder });
    if (!done.length) console.log(`Nothing is older than ${retentionYears()} years.`);
    for (const a of done) console.log(`Archived ${a.name}: ${a.rows} rows to ${a.file} (sha256 ${a.sha256}); detached and dropped.`);
  }
}

await runCommand(COMMAND, () =>
  main().catch((err: unknown) => {
    throw err instanceof UsageError ? err : new Error(explain(err));
  }),
);
