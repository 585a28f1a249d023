import type pg from 'pg';

/**
 * Replicas of one service starting at once (a rolling deploy, two pods) take turns at the work
 * that changes their database's shape or grants: a session lock, per database, held until the
 * connection ends (so a process that dies mid-way releases it with its connection).
 */
export async function takeStartupTurn(client: pg.Client, work: 'migrations' | 'grants'): Promise<void> {
  await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [`continuum:${work}`]);
}
