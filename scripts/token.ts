/**
 * `npm run token`: tokens for the demo identity provider, and the revocation list the gateway
 * checks. USAGE below is what `--help` prints. Tokens are signed with the key in .continuum/keys
 * (made on first use).
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
import { parseCommandLine, runCommand, UsageError } from '@continuum/runtime';
import { decodeJwt } from 'jose';
import os from 'node:os';
import path from 'node:path';
import { withAccessDatabase } from './command-database.ts';

/** The development keys `npm start` makes (as scripts/hub.ts names them, without loading the hub). */
const KEYS_DIR = process.env.CONTINUUM_KEYS_DIR ?? path.join(path.resolve(import.meta.dirname, '..'), '.continuum', 'keys');
const COMMAND = 'npm run token --';

const USAGE = `Usage: npm run -s token -- --user <id> [--minutes <n>]
       npm run token -- --list
       npm run token -- revoke --jti <token id> --reason <text> [--by <name>]
       npm run token -- revoke --user <user id> [--before <instant>] --reason <text> [--by <name>]
       npm run token -- revocations [--limit <n>]

Mint a token for a demo user (development keys), or keep the revocation list the gateway checks.

  --user <id>         the demo user to mint a token for (--list names them); with revoke, the
                      user whose tokens to revoke
  --minutes <n>       how long the token lives: 1 to ${USER_TOKEN_SECONDS / 60} (default ${USER_TOKEN_SECONDS / 60})
  --hours             not an option: a user token lives an hour at most; use --minutes
  --list              list the demo users, with their roles and organisations
  --jti <token id>    revoke: the one token to revoke (its id is printed when it is minted)
  --before <instant>  revoke --user: every token issued before this instant, e.g.
                      2026-05-01T09:30:00Z (default now; never in the future)
  --reason <text>     revoke: why (at least 5 characters); kept in the list, never shown to callers
  --by <name>         revoke: who revokes (default: the login name)
  --limit <n>         revocations: how many to show, newest first (1 to 10000, default 100)
  -h, --help          this help

The token goes to stdout, its id (jti) and expiry to stderr, so this captures the token alone
(-s keeps npm's own banner out of it):
  TOKEN=$(npm run -s token -- --user phb-lead.icb)
The revocation list is in the access store (CONTINUUM_ACCESS_DATABASE_URL, else the hub's
database server); the gateway refuses a revoked token within five seconds.
Exit codes: 0 done, 1 the work failed, 2 usage error.`;

const { values, positionals } = parseCommandLine({
  command: COMMAND,
  usage: USAGE,
  positionals: true,
  options: {
    user: { type: 'string' },
    list: { type: 'boolean' },
    minutes: { type: 'string' },
    jti: { type: 'string' },
    before: { type: 'string' },
    reason: { type: 'string' },
    by: { type: 'string' },
    limit: { type: 'string' },
  },
  notOptions: { hours: `a user token lives an hour at most; use --minutes (1 to ${USER_TOKEN_SECONDS / 60})` },
});

function usage(message: string): never {
  throw new UsageError(message);
}

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
  if (reason.length < 5) usage('--reason is required: say why the token is revoked (at least 5 characters)');
  const revokedBy = values.by?.trim() || os.userInfo().username;
  if (Boolean(values.jti) === Boolean(values.user)) usage('revoke needs exactly one of --jti <token id> or --user <user id>');
  if (values.jti && values.before) usage('--before goes with --user');
  let before: Date | null = null;
  if (values.before) {
    before = new Date(values.before);
    if (Number.isNaN(before.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(values.before))
      usage('--before must be an instant such as 2026-05-01T09:30:00Z');
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
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) usage('--limit must be a whole number from 1 to 10000');
  const rows = await withStore((store) => tokenRevocations(store.pool, limit));
  console.log(rows.length ? rows.map(describe).join('\n') : 'No tokens have been revoked.');
}

async function mint(): Promise<void> {
  if (values.list) {
    console.log('Demo users (npm run token -- --user <id>):\n');
    for (const u of DEMO_USERS)
      console.log(`  ${u.userId.padEnd(34)} ${u.role.padEnd(24)} ${u.organisationCode}\n  ${' '.repeat(34)} ${u.description}\n`);
    return;
  }
  if (!values.user) usage('say which demo user: --user <id> (--list names them)');
  if (!DEMO_USERS.some((u) => u.userId === values.user)) usage(`no demo user "${values.user}" (--list names them)`);
  const maxMinutes = USER_TOKEN_SECONDS / 60;
  const minutes = Number(values.minutes ?? maxMinutes);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > maxMinutes)
    usage(`--minutes must be a whole number from 1 to ${maxMinutes}: a user token lives an hour at most`);
  const keys = await loadOrCreateHubKeys(KEYS_DIR);
  const token = await signUserToken(keys.identityProvider, demoUser(values.user), { seconds: minutes * 60 });
  const claims = decodeJwt(token);
  console.log(token);
  console.error(`token id (jti) ${claims.jti}, expires ${new Date(claims.exp! * 1000).toISOString()}`);
}

await runCommand(COMMAND, async () => {
  const [command, extra] = positionals;
  if (extra !== undefined) usage(`unexpected argument "${extra}"`);
  if (command === 'revoke') await revoke();
  else if (command === 'revocations') await list();
  else if (command === undefined) await mint();
  else usage(`unknown command "${command}": use revoke, revocations, or --user <id> to mint a token`);
});
