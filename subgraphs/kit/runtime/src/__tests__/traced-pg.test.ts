import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import pg from 'pg';
import { tracedPool } from '../traced-pg.ts';
import { testServerUrl } from '@continuum/dev/testing';

describe('a traced pool', () => {
  it('survives the server ending its idle connections (a restart, or the server stopping) and reconnects on next use', async () => {
    const pool = tracedPool({ connectionString: testServerUrl(), max: 2, application_name: 'traced-pool-probe' });
    try {
      assert.equal((await pool.query('SELECT 1 AS one')).rows[0].one, 1);
      const admin = new pg.Client({ connectionString: testServerUrl() });
      await admin.connect();
      try {
        const ended = await admin.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'traced-pool-probe'",
        );
        assert.ok(ended.rowCount! >= 1, 'the idle connection was ended by the server');
      } finally {
        await admin.end();
      }
      // The idle client's error reaches the pool while we wait; unhandled, it would have ended this process.
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.equal((await pool.query('SELECT 2 AS two')).rows[0].two, 2);
    } finally {
      await pool.end();
    }
  });
});
