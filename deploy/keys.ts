/**
 * `keys <dir>`: makes the secrets a deployment of the hub holds, in a directory of their own:
 * the signing keys (the gateway's, the hub services', the demo identity provider's), each
 * database role's password (database-secrets.json, in the form CONTINUUM_DATABASE_SECRETS_FILE
 * reads: the five subgraphs', the access store writer's and each partner's in partners/) and the
 * PostgreSQL administrator's password (postgres-password). What is already there is kept.
 */
import { loadOrCreateHubKeys } from '@continuum/access';
import { randomPassword, rolePassword, runtimePasswordVariable, runtimeRole, SUBGRAPHS } from '@continuum/runtime';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './services.ts';

export const DATABASE_SECRETS = 'database-secrets.json';
export const POSTGRES_PASSWORD = 'postgres-password';

/** Every runtime role a deployment needs a password for, by the name the runtime knows it by. */
export function roleNames(): string[] {
  const partners = fs.existsSync(path.join(ROOT, 'partners')) ? fs.readdirSync(path.join(ROOT, 'partners')).sort() : [];
  return [...SUBGRAPHS, 'access', ...partners];
}

export async function makeSecrets(dir: string): Promise<void> {
  await loadOrCreateHubKeys(dir);
  // The kit's own keeper of role passwords, pointed at this directory: same format, made once, kept.
  process.env.CONTINUUM_DATABASE_SECRETS_FILE = path.join(dir, DATABASE_SECRETS);
  for (const name of roleNames()) {
    delete process.env[runtimePasswordVariable(name)];
    rolePassword(runtimeRole(name), runtimePasswordVariable(name));
  }
  const admin = path.join(dir, POSTGRES_PASSWORD);
  if (!fs.existsSync(admin)) fs.writeFileSync(admin, randomPassword(), { mode: 0o600 });
}

if (process.argv[1] === import.meta.filename) {
  const dir = process.argv[2];
  if (!dir || dir.startsWith('-')) {
    console.error('Usage: keys <directory>  (makes the signing keys and database passwords missing from it)');
    process.exit(2);
  }
  const before = new Set(fs.existsSync(dir) ? fs.readdirSync(dir) : []);
  await makeSecrets(dir);
  for (const file of fs.readdirSync(dir).sort()) console.log(`${before.has(file) ? 'kept' : 'made'} ${path.join(dir, file)}`);
}
