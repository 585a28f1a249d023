/**
 * Least-privilege database roles. Migrations and seeding run as the administrator (the login
 * in DATABASE_URL, or the embedded server's); each subgraph then connects as its own role,
 * made here: LOGIN with no other attribute, allowed to read and write the rows of its own
 * tables and nothing else. The access store's role (continuum_access_writer) may add to the
 * audit trail and read it, but not change, empty or alter it: the table belongs to
 * continuum_audit_owner, which no subgraph holds.
 */
import pg from 'pg';
import { envPrefix } from './config.ts';
import { rolePassword } from './database-secrets.ts';
import { quoteIdent } from './postgres.ts';
import { APPLIED_MIGRATIONS_FUNCTION } from './readiness.ts';
import { takeStartupTurn } from './startup-lock.ts';

export const AUDIT_OWNER_ROLE = 'continuum_audit_owner';
export const ACCESS_WRITER_ROLE = 'continuum_access_writer';

/** The role a subgraph runs as (`people` → continuum_people); `access` is the access store's writer. */
export function runtimeRole(name: string): string {
  return name === 'access' ? ACCESS_WRITER_ROLE : `continuum_${name.replace(/-/g, '_')}`;
}

/** Where a deployment gives the role's password: PEOPLE_DATABASE_PASSWORD, CONTINUUM_ACCESS_DATABASE_PASSWORD, … */
export function runtimePasswordVariable(name: string): string {
  return name === 'access' ? 'CONTINUUM_ACCESS_DATABASE_PASSWORD' : `${envPrefix(name)}_DATABASE_PASSWORD`;
}

/** The URL a subgraph (or the access store's users) connects with: the same database, as its own role. */
export function runtimeDatabaseUrl(adminDatabaseUrl: string, name: string): string {
  const url = new URL(adminDatabaseUrl);
  url.username = runtimeRole(name);
  url.password = rolePassword(runtimeRole(name), runtimePasswordVariable(name));
  return url.toString();
}

export class DatabaseRoleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseRoleError';
  }
}

interface RoleRow {
  rolsuper: boolean;
  rolcreaterole: boolean;
  rolcreatedb: boolean;
  rolreplication: boolean;
  rolbypassrls: boolean;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Makes (or brings up to date) the runtime role of `name` with its password, on the server of
 * `adminUrl`. A login that may not create roles can still be used when the role exists and its
 * password is given; otherwise the error says what to ask the server's administrator for.
 */
export async function ensureRuntimeRole(adminUrl: string, name: string): Promise<void> {
  const role = runtimeRole(name);
  const password = rolePassword(role, runtimePasswordVariable(name));
  await withClient(adminUrl, async (client) => {
    const me = (
      await client.query<RoleRow & { rolname: string }>(
        'SELECT rolname, rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user',
      )
    ).rows[0]!;
    const existing = (
      await client.query<RoleRow>(
        'SELECT rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls FROM pg_roles WHERE rolname = $1',
        [role],
      )
    ).rows[0];
    const secret = client.escapeLiteral(password);
    if (existing && hasExtra(existing).length === 0 && (await canLogIn(adminUrl, name))) return;
    // Made meanwhile by another process starting at the same time: then it is brought up to date instead.
    const createOrAlter = async (attributes: string) => {
      try {
        await client.query(`${existing ? 'ALTER' : 'CREATE'} ROLE ${quoteIdent(role)} WITH ${attributes} PASSWORD ${secret}`);
      } catch (err) {
        if (existing || !['42710', '23505'].includes((err as { code?: string }).code ?? '')) throw err;
        await client.query(`ALTER ROLE ${quoteIdent(role)} WITH ${attributes} PASSWORD ${secret}`);
      }
    };
    if (me.rolsuper) {
      await createOrAlter('LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS');
    } else if (me.rolcreaterole) {
      // Only a superuser may name the superuser, replication and bypass attributes; a new role lacks them.
      try {
        await createOrAlter('LOGIN NOCREATEDB NOCREATEROLE');
      } catch (err) {
        if ((err as { code?: string }).code !== '42501') throw err;
        throw new DatabaseRoleError(
          `The PostgreSQL login "${me.rolname}" may not change the role ${role} (made by someone else). Give it the role's admin option (GRANT ${role} TO ${me.rolname} WITH ADMIN OPTION), or set ${runtimePasswordVariable(name)} to the role's password.`,
        );
      }
    } else if (!existing) {
      throw new DatabaseRoleError(cannotCreateRoles(me.rolname, role, name));
    } else if (!process.env[runtimePasswordVariable(name)]) {
      throw new DatabaseRoleError(
        `The role ${role} exists but the PostgreSQL login "${me.rolname}" may not set its password: set ${runtimePasswordVariable(name)} to it.`,
      );
    }
    const now = (
      await client.query<RoleRow>(
        'SELECT rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls FROM pg_roles WHERE rolname = $1',
        [role],
      )
    ).rows[0]!;
    const extra = hasExtra(now);
    if (extra.length)
      throw new DatabaseRoleError(
        `The role ${role} has ${extra.join(', ')}: a subgraph's role must have none of them (ALTER ROLE ${role} NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS).`,
      );
  });
}

/** The attributes a runtime role must not have, of those it has. */
function hasExtra(row: RoleRow): string[] {
  return (['rolsuper', 'rolcreaterole', 'rolcreatedb', 'rolreplication', 'rolbypassrls'] as const).filter((a) => row[a]);
}

/** Whether the role already logs in with the password held for it (then nothing needs changing). */
async function canLogIn(adminUrl: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: runtimeDatabaseUrl(adminUrl, name) });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function cannotCreateRoles(login: string, role: string, name: string): string {
  return [
    `The PostgreSQL login "${login}" may not create roles, and the role ${role} that ${name === 'access' ? 'the access store is written' : `the ${name} subgraph runs`} as does not exist.`,
    `Either let the login create roles (ALTER ROLE ${login} CREATEROLE), or have the server's administrator run`,
    `  CREATE ROLE ${role} LOGIN PASSWORD '<a password>';`,
    `and give that password as ${runtimePasswordVariable(name)}. See "Database roles" in the README.`,
  ].join('\n');
}

/**
 * Grants the runtime role of `name` what it needs on the database at `adminDatabaseUrl`, and no
 * more: connecting, and reading and writing the rows of the tables migrations made. Migration
 * bookkeeping stays out of reach; on the access store, the audit trail takes INSERT and SELECT
 * only (granted as its owner). Run after every migration, so new tables are covered.
 */
export async function grantRuntimeAccess(adminDatabaseUrl: string, name: string): Promise<void> {
  const role = quoteIdent(runtimeRole(name));
  const database = quoteIdent(new URL(adminDatabaseUrl).pathname.slice(1));
  await withClient(adminDatabaseUrl, async (client) => {
    // Concurrent GRANTs on one object can fail ("tuple concurrently updated"): replicas take turns.
    await takeStartupTurn(client, 'grants');
    await restrictConnect(client, database, role);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    const tables = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
          AND pg_get_userbyid(c.relowner) <> $1 AND c.relname <> '_prisma_migrations'`,
      [AUDIT_OWNER_ROLE],
    );
    for (const t of tables.rows) await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE ${quoteIdent(t.name)} TO ${role}`);
    const sequences = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'S' AND pg_get_userbyid(c.relowner) <> $1`,
      [AUDIT_OWNER_ROLE],
    );
    for (const s of sequences.rows) await client.query(`GRANT USAGE, SELECT ON SEQUENCE ${quoteIdent(s.name)} TO ${role}`);
    await grantAppliedMigrations(client, role);
    if (name === 'access') {
      await client.query(`SET ROLE ${AUDIT_OWNER_ROLE}`);
      await client.query(`GRANT SELECT, INSERT ON TABLE audit_event TO ${role}`);
      await client.query(`GRANT USAGE ON SEQUENCE audit_event_id_seq TO ${role}`);
      await client.query(`GRANT EXECUTE ON FUNCTION audit_event_ensure_current_partitions() TO ${role}`);
      await client.query('RESET ROLE');
    }
  });
}

/**
 * The role's readiness probe compares the applied migrations with its migrations folder, but
 * the bookkeeping table stays out of its reach: it may call a function, owned by the
 * administrator, that answers the applied migrations' names and checksums and nothing else.
 */
async function grantAppliedMigrations(client: pg.Client, role: string): Promise<void> {
  const table = await client.query<{ t: string | null }>(`SELECT to_regclass('public._prisma_migrations')::text AS t`);
  if (!table.rows[0]?.t) return;
  const fn = `public.${APPLIED_MIGRATIONS_FUNCTION}()`;
  const exists = await client.query<{ f: string | null }>(`SELECT to_regprocedure($1)::text AS f`, [fn]);
  if (!exists.rows[0]?.f) {
    await client.query(`CREATE FUNCTION ${fn} RETURNS TABLE (migration_name text, checksum text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT migration_name::text, checksum::text FROM public."_prisma_migrations"
         WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
      $$`);
    await client.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
  }
  await client.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${role}`);
}

/** Only the database's own role (and its owner) may connect to it; left as it is on a database this login does not own. */
async function restrictConnect(client: pg.Client, database: string, role: string): Promise<void> {
  const owns = await client.query<{ owns: boolean }>(
    `SELECT pg_has_role(current_user, datdba, 'USAGE') OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS owns FROM pg_database WHERE datname = current_database()`,
  );
  if (!owns.rows[0]?.owns) return;
  await client.query(`REVOKE CONNECT, TEMPORARY ON DATABASE ${database} FROM PUBLIC`);
  await client.query(`GRANT CONNECT ON DATABASE ${database} TO ${role}`);
}

/** A test database cloned from a template keeps its grants but not who may connect: set that again. */
export async function restrictConnectTo(adminDatabaseUrl: string, name: string): Promise<void> {
  await withClient(adminDatabaseUrl, (client) =>
    restrictConnect(client, quoteIdent(new URL(adminDatabaseUrl).pathname.slice(1)), quoteIdent(runtimeRole(name))),
  );
}

/** Makes the role and grants it its database: what every start does after migrating. */
export async function secureDatabase(adminDatabaseUrl: string, name: string): Promise<string> {
  await ensureRuntimeRole(adminDatabaseUrl, name);
  await grantRuntimeAccess(adminDatabaseUrl, name);
  return runtimeDatabaseUrl(adminDatabaseUrl, name);
}
