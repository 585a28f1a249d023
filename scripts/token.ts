/**
 * Tokens for the demo identity provider, and the revocation list the gateway checks.
 *
 *   npm run token -- --user <id> [--minutes <n>]   a bearer token for a demo user (at most 60 minutes, the default);
 *                                                   its id (jti) and expiry go to stderr
 *   npm run token -- --list                         the demo users
 *   npm run token -- revoke --jti <id> --reason <text> [--by <name>]
 *   npm run token -- revoke --user <id> [--before <instant>] --reason <text> [--by <name>]
 *                                                   every token issued to the user before the instant (default now)
 *   npm run token -- revocations [--limit <n>]      the revocation list, newest first
 *
 * Tokens are signed with the key in .continuum/keys (made on first use). The revocation list is in
 * the access store (CONTINUUM_ACCESS_DATABASE_URL, else the hub's database server); the gateway
 * refuses a revoked token within five seconds.
 */
import {
  AccessStore,
  loadOrCreateHubKeys,
  revokeToken,
  revokeUserTokens,
  signUserToken,
  tokenRevocations,
  USER_TOKEN_SECONDS,
  type TokenRevocationRow,
} from '@continuum/access';
import { DEMO_USERS, demoUser } from '@continuum/demo';
import { decodeJwt } from 'jose';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { withAccessDatabase } from './command-database.ts';

/** The development keys `npm start` makes (as scripts/hub.ts names them, without loading the hub). */
const KEYS_DIR = process.env.CONTINUUM_KEYS_DIR ?? path.join(path.resolve(import.meta.dirname, '..'), '.continuum', 'keys');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const OPTIONS = {
  user: { type: 'string' },
  list: { type: 'boolean' },
  minutes: { type: 'string' },
  jti: { type: 'string' },
  before: { type: 'string' },
  reason: { type: 'string' },
  by: { type: 'string' },
  limit: { type: 'string' },
} as const;
let parsed: ReturnType<typeof parseArgs<{ allowPositionals: true; options: typeof OPTIONS }>>;
try {
  parsed = parseArgs({ allowPositionals: true, options: OPTIONS });
} catch (err) {
  const message = (err as Error).message;
  fail(/--hours/.test(message) ? `${message}: a token lives an hour at most; use --minutes (1 to 60)` : message);
}
const { values, positionals } = parsed;

function describe(r: TokenRevocationRow): string {
  const what = r.jti ? `token ${r.jti}` : `tokens of ${r.user_id} issued before ${r.issued_before!.toISOString()}`;
  return `${r.revoked_at.toISOString()}  ${what}\n    by ${r.revoked_by}: ${r.reason}`;
}

async function withStore<T>(work: (store: AccessStore) => Promise<T>): Promise<T> {
  return withAccessDatabase(async (url) => {
    const store = new AccessStore(url, 1);
    try {
      return await work(store);
    } finally {
      await store.close();
    }
  });
}

async function revoke(): Promise<void> {
  const reason = values.reason?.trim() ?? '';
  if (reason.length < 5) fail('--reason is required: say why the token is revoked (at least 5 characters)');
  const revokedBy = values.by?.trim() || os.userInfo().username;
  if (Boolean(values.jti) === Boolean(values.user)) fail('revoke needs exactly one of --jti <token id> or --user <user id>');
  if (values.jti && values.before) fail('--before goes with --user');
  let before: Date | null = null;
  if (values.before) {
    before = new Date(values.before);
    if (Number.isNaN(before.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(values.before))
      fail('--before must be an instant such as 2026-05-01T09:30:00Z');
  }
  const row = await withStore((store) =>
    values.jti
      ? revokeToken(store.pool, { jti: values.jti!, reason, revokedBy })
      : revokeUserTokens(store.pool, { userId: values.user!, issuedBefore: before, reason, revokedBy }),
  );
  console.log(`Revoked: ${describe(row)}\nThe gateway refuses it within five seconds.`);
}

async function list(): Promise<void> {
  const limit = Number(values.limit ?? 100);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) fail('--limit must be a whole number from 1 to 10000');
  const rows = await withStore((store) => tokenRevocations(store.pool, limit));
  console.log(rows.length ? rows.map(describe).join('\n') : 'No tokens have been revoked.');
}

async function mint(): Promise<void> {
  if (values.list || !values.user) {
    console.log('Demo users (npm run token -- --user <id>):\n');
    for (const u of DEMO_USERS)
      console.log(`  ${u.userId.padEnd(34)} ${u.role.padEnd(24)} ${u.organisationCode}\n  ${' '.repeat(34)} ${u.description}\n`);
    process.exit(values.list ? 0 : 1);
  }
  const maxMinutes = USER_TOKEN_SECONDS / 60;
  const minutes = Number(values.minutes ?? maxMinutes);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > maxMinutes)
    fail(`--minutes must be a whole number from 1 to ${maxMinutes}: a user token lives an hour at most`);
  const keys = await loadOrCreateHubKeys(KEYS_DIR);
  const token = await signUserToken(keys.identityProvider, demoUser(values.user), { seconds: minutes * 60 });
  const claims = decodeJwt(token);
  console.log(token);
  console.error(`token id (jti) ${claims.jti}, expires ${new Date(claims.exp! * 1000).toISOString()}`);
}

try {
  const [command] = positionals;
  if (command === 'revoke') await revoke();
  else if (command === 'revocations') await list();
  else if (command === undefined) await mint();
  else fail(`unknown command "${command}": use revoke, revocations, or --user <id> to mint a token`);
} catch (err) {
  fail((err as Error).message);
}
