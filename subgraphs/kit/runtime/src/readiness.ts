/**
 * Whether a service is ready to take traffic (GET /health/ready), as against merely running
 * (GET /health/live). A subgraph is ready when its database answers and has every migration in
 * its migrations folder applied, unchanged: new code on an old database is not ready.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { listMigrations } from './migrate.ts';
import type { RawQueries } from './transaction-clients.ts';

export interface Readiness {
  ready: boolean;
  /** For the operator only: what was checked and what failed. */
  details: Record<string, unknown>;
}

/**
 * The applied migrations, readable by a service's own role, which may not read Prisma's
 * bookkeeping table itself (see grantRuntimeAccess): names and checksums only.
 */
export const APPLIED_MIGRATIONS_FUNCTION = 'continuum_applied_migrations';

/** One check at a time, its answer reused for `ttlMs`: a burst of probes costs one look. Elapsed time, not business time. */
export function cachedCheck<T>(check: () => Promise<T>, ttlMs: number): () => Promise<T> {
  let last: { at: number; result: Promise<T> } | null = null;
  return () => {
    if (!last || performance.now() - last.at >= ttlMs) last = { at: performance.now(), result: check() };
    return last.result;
  };
}

export interface MigrationState {
  applied: number;
  /** In the folder, not applied to the database. */
  pending: string[];
  /** Applied, but the file has changed since. */
  changed: string[];
}

/** Compares the database's applied migrations with the migrations folder the service was started with. */
export function migrationCheck(db: RawQueries, migrationsDir: string): () => Promise<MigrationState> {
  // Read once: the folder that matters is the one this code shipped with.
  const expected = listMigrations(migrationsDir).map((name) => ({
    name,
    checksum: crypto
      .createHash('sha256')
      .update(fs.readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8'))
      .digest('hex'),
  }));
  return async () => {
    const rows = await db.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
      `SELECT migration_name, checksum FROM ${APPLIED_MIGRATIONS_FUNCTION}()`,
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    return {
      applied: applied.size,
      pending: expected.filter((m) => !applied.has(m.name)).map((m) => m.name),
      changed: expected.filter((m) => applied.has(m.name) && applied.get(m.name) !== m.checksum).map((m) => m.name),
    };
  };
}

/** A subgraph's readiness: its database reachable and its migrations applied. */
export function databaseReadiness(db: RawQueries, migrationsDir: string): () => Promise<Readiness> {
  const migrations = migrationCheck(db, migrationsDir);
  return async () => {
    let state: MigrationState;
    try {
      state = await migrations();
    } catch (err) {
      return { ready: false, details: { database: 'unreachable', reason: (err as Error).message } };
    }
    const ready = state.pending.length === 0 && state.changed.length === 0;
    return { ready, details: { database: 'ok', migrations: state } };
  };
}
