/**
 * Started by root (as in many containers), the embedded server runs as the postgres user, which
 * must reach its data through `.continuum`, a folder private to its owner (it holds keys and
 * passwords): the folder is opened for passing through, never for listing.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, it } from '@jest/globals';
import { freePort } from '../../../../../scripts/jest/free-port.ts';
import { DataDirectoryUnreachable, startEmbeddedPostgres } from '../embedded-postgres.ts';

const asRoot = process.getuid?.() === 0 ? it : it.skip;

describe('the embedded server started by root', () => {
  asRoot('starts with its data inside a folder private to root, which gains search permission for others and nothing more', async () => {
    // The project's folder, open to pass through like a checkout; its .continuum private.
    const top = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-private-'));
    fs.chmodSync(top, 0o755);
    const holder = path.join(top, '.continuum');
    fs.mkdirSync(holder, { mode: 0o700 });
    fs.writeFileSync(path.join(holder, 'secret'), 'kept', { mode: 0o600 });
    try {
      const server = await startEmbeddedPostgres({ dataDir: path.join(holder, 'pgdata'), port: await freePort(), persistent: false });
      try {
        const client = new pg.Client({ connectionString: server.url });
        await client.connect();
        assert.equal((await client.query('SELECT 1 AS one')).rows[0].one, 1);
        await client.end();
      } finally {
        await server.stop();
      }
      assert.equal(fs.statSync(holder).mode & 0o777, 0o701, 'search for others, no read');
      assert.equal(fs.statSync(path.join(holder, 'secret')).mode & 0o777, 0o600, 'its files keep their own modes');
    } finally {
      fs.rmSync(top, { recursive: true, force: true });
    }
  });

  asRoot('stops before initdb, saying what to do, when a folder further up cannot be passed through', async () => {
    const top = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-closed-'));
    fs.chmodSync(top, 0o700);
    try {
      await assert.rejects(
        startEmbeddedPostgres({ dataDir: path.join(top, 'project', '.continuum', 'pgdata'), port: await freePort() }),
        (err: Error) => {
          assert.ok(err instanceof DataDirectoryUnreachable);
          assert.match(err.message, new RegExp(`cannot pass through ${top} `));
          assert.match(err.message, /Set CONTINUUM_DATA_DIR/);
          return true;
        },
      );
      assert.equal(fs.existsSync(path.join(top, 'project', '.continuum', 'pgdata', 'PG_VERSION')), false, 'nothing initialised');
    } finally {
      fs.rmSync(top, { recursive: true, force: true });
    }
  });
});
