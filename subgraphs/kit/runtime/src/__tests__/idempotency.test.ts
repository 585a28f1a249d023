import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import pg from 'pg';
import { withDatabase } from '../config.ts';
import { idempotent } from '../idempotency.ts';
import { ensureDatabase } from '../postgres.ts';
import { testServerUrl } from '@continuum/dev/testing';

/** A raw-SQL transaction shaped like Prisma's, over one pg client. */
function rawTx(client: pg.Client) {
  return {
    $queryRawUnsafe: async <T>(sql: string, ...values: unknown[]) => (await client.query(sql, values)).rows as T,
    $executeRawUnsafe: async (sql: string, ...values: unknown[]) => (await client.query(sql, values)).rowCount ?? 0,
  };
}

async function scratch(): Promise<string> {
  const name = `idem_${Math.random().toString(16).slice(2, 10)}`;
  await ensureDatabase(testServerUrl(), name);
  const url = withDatabase(testServerUrl(), name);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`CREATE TABLE "idempotency_key" ("operation" TEXT NOT NULL, "key" TEXT NOT NULL, "request_hash" CHAR(64) NOT NULL,
    "result_id" TEXT NOT NULL, "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP, PRIMARY KEY ("operation", "key"));
    CREATE TABLE thing (id TEXT PRIMARY KEY, n INT NOT NULL);`);
  await c.end();
  return url;
}

/** Runs one "create a thing" request in its own transaction, as a resolver would. */
async function createThing(url: string, key: string | null, n: number) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('BEGIN');
    const tx = rawTx(c);
    const result = await idempotent(
      tx,
      { operation: 'createThing', key, request: { n } },
      async () => {
        const id = `t${Math.random().toString(16).slice(2, 10)}`;
        await tx.$executeRawUnsafe('INSERT INTO thing (id, n) VALUES ($1, $2)', id, n);
        return { id, n };
      },
      async (id) => ({ id, n: (await tx.$queryRawUnsafe<{ n: number }[]>('SELECT n FROM thing WHERE id = $1', id))[0].n }),
    );
    await c.query('COMMIT');
    return result;
  } catch (err) {
    await c.query('ROLLBACK');
    throw err;
  } finally {
    await c.end();
  }
}

async function things(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query('SELECT count(*)::int AS n FROM thing')).rows[0].n;
  } finally {
    await c.end();
  }
}

describe('idempotency keys', () => {
  it('answers a repeat with the first result and writes nothing', async () => {
    const url = await scratch();
    const first = await createThing(url, 'k1', 7);
    const again = await createThing(url, 'k1', 7);
    assert.deepEqual(again, first);
    assert.equal(await things(url), 1);
  });

  it('refuses the same key for a different request with CONFLICT on idempotencyKey', async () => {
    const url = await scratch();
    await createThing(url, 'k1', 7);
    await assert.rejects(
      createThing(url, 'k1', 8),
      (err: any) => err.extensions?.code === 'CONFLICT' && err.extensions?.field === 'idempotencyKey',
    );
    assert.equal(await things(url), 1);
  });

  it('lets exactly one of many concurrent repeats write', async () => {
    const url = await scratch();
    const results = await Promise.all(Array.from({ length: 6 }, () => createThing(url, 'same', 3)));
    assert.equal(new Set(results.map((r) => r.id)).size, 1);
    assert.equal(await things(url), 1);
  });

  it('runs every request when no key is given', async () => {
    const url = await scratch();
    await createThing(url, null, 1);
    await createThing(url, null, 1);
    assert.equal(await things(url), 2);
  });
});
