import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { cannotMigrate, isPermissionDenied } from './database-permissions.ts';
import { takeStartupTurn } from './startup-lock.ts';

/**
 * Applies `prisma/migrations/<timestamp>_<name>/migration.sql` in order, recording each in
 * Prisma's own `_prisma_migrations` table, so `prisma migrate deploy` and this runner agree
 * on what has run. Each migration runs in its own transaction; a failure leaves it unapplied.
 * Replicas starting at once take turns (a session lock on the database): the second finds the
 * first's migrations recorded and applies nothing twice.
 */
export async function applyMigrations(databaseUrl: string, migrationsDir: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await takeStartupTurn(client, 'migrations');
    await recordingTable(client, databaseUrl);
    const done = await client.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const applied = new Map(done.rows.map((r) => [r.migration_name, r.checksum]));
    const ran: string[] = [];
    for (const name of listMigrations(migrationsDir)) {
      const sql = fs.readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8');
      const checksum = crypto.createHash('sha256').update(sql).digest('hex');
      const previous = applied.get(name);
      if (previous !== undefined) {
        if (previous !== checksum) throw new Error(`Migration ${name} was changed after it was applied`);
        continue;
      }
      await client.query('BEGIN');
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
           VALUES ($1, $2, now(), $3, 1)`,
          [crypto.randomUUID(), checksum, name],
        );
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        if (isPermissionDenied(err)) throw cannotMigrate(databaseUrl, err);
        throw new Error(`Migration ${name} failed: ${(err as Error).message}`, { cause: err });
      }
      ran.push(name);
    }
    return ran;
  } finally {
    await client.end();
  }
}

export function listMigrations(migrationsDir: string): string[] {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(migrationsDir, e.name, 'migration.sql')))
    .map((e) => e.name)
    .sort();
}

/** The first thing a migration needs is a table of its own: a login without rights on the schema learns here what to ask for. */
async function recordingTable(client: pg.Client, databaseUrl: string): Promise<void> {
  const exists = (await client.query("SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = '_prisma_migrations'")).rowCount;
  if (exists) return;
  const [{ allowed }] = (
    await client.query<{ allowed: boolean }>("SELECT has_schema_privilege(current_user, 'public', 'CREATE') AS allowed")
  ).rows;
  if (!allowed) throw cannotMigrate(databaseUrl, Object.assign(new Error('permission denied for schema public'), { code: '42501' }));
  await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`);
}
