/**
 * Settings that carry a password may be given as files, the way platforms hand out secrets
 * (compose secrets, Kubernetes secret volumes): `<NAME>_FILE` names a file whose content becomes
 * `<NAME>`, for the database URLs and passwords only. A setting given directly wins.
 */
import fs from 'node:fs';

/** The settings that may come from a file: database URLs and passwords, and libpq's PGPASSWORD. */
export const SECRET_SETTING = /^(DATABASE_URL|PGPASSWORD|[A-Z0-9_]+_DATABASE_URL|[A-Z0-9_]+_DATABASE_PASSWORD)$/;

/** Sets each `<NAME>` from `<NAME>_FILE` in `env`; returns the names it set. */
export function readSecretFiles(env: NodeJS.ProcessEnv): string[] {
  const set: string[] = [];
  for (const [key, file] of Object.entries(env)) {
    if (!key.endsWith('_FILE') || !file) continue;
    const name = key.slice(0, -'_FILE'.length);
    if (!SECRET_SETTING.test(name) || env[name]) continue;
    env[name] = fs.readFileSync(file, 'utf8').trim();
    set.push(name);
  }
  return set;
}
