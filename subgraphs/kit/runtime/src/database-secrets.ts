/**
 * The passwords of the hub's database logins: each runtime role's, and the embedded server's
 * administrator's. A deployment gives them through the environment; otherwise they are made at
 * random on first use and kept in `.continuum/database-secrets.json`, readable by its owner only.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Secrets {
  /** The embedded server's administrator (`postgres`). */
  admin?: string;
  /** Runtime roles by name (continuum_people, continuum_access_writer, …). */
  roles: Record<string, string>;
}

/** CONTINUUM_DATABASE_SECRETS_FILE, or `.continuum/database-secrets.json` in the repository. */
export function databaseSecretsFile(): string {
  return (
    process.env.CONTINUUM_DATABASE_SECRETS_FILE ?? fileURLToPath(new URL('../../../../.continuum/database-secrets.json', import.meta.url))
  );
}

function read(file: string): Secrets {
  if (!fs.existsSync(file)) return { roles: {} };
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Secrets>;
  return { admin: parsed.admin, roles: parsed.roles ?? {} };
}

/** Written whole and renamed into place, owner-only, so no reader sees half a file. */
function write(file: string, secrets: Secrets): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  fs.chmodSync(temporary, 0o600);
  fs.renameSync(temporary, file);
}

export function randomPassword(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Runs `work` holding the file's lock, so that processes starting together (a partner beside the
 * hub, two test files) never make two passwords for one role. A lock left by a process that died
 * is taken over after ten seconds.
 */
function locked<T>(file: string, work: () => T): T {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const lock = `${file}.lock`;
  const started = performance.now();
  for (;;) {
    try {
      fs.closeSync(fs.openSync(lock, 'wx', 0o600));
      break;
    } catch (err) {
      if ((err as { code?: string }).code !== 'EEXIST') throw err;
      if (performance.now() - started > 10_000) {
        fs.rmSync(lock, { force: true });
        continue;
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
  try {
    return work();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

/** A runtime role's password: from `envName` when the deployment sets it, else the kept one (made when missing). */
export function rolePassword(role: string, envName: string): string {
  const given = process.env[envName];
  if (given) return given;
  const file = databaseSecretsFile();
  const kept = read(file).roles[role];
  if (kept) return kept;
  return locked(file, () => {
    // Read again under the lock: another process may have made it (or added its own role) meanwhile.
    const latest = read(file);
    latest.roles[role] ??= randomPassword();
    write(file, latest);
    return latest.roles[role]!;
  });
}

/** The embedded administrator's kept password, or null before one was made. */
export function keptAdminPassword(): string | null {
  return read(databaseSecretsFile()).admin ?? null;
}

export function keepAdminPassword(password: string): void {
  const file = databaseSecretsFile();
  locked(file, () => {
    const secrets = read(file);
    secrets.admin = password;
    write(file, secrets);
  });
}
