/**
 * `npm run token -- --user <id>`: a bearer token for a demo user, signed by the demo identity
 * provider's key in .continuum/keys (made on first use). `--list` shows the demo users;
 * `--hours <n>` sets the lifetime (default 8).
 */
import { DEMO_USERS, demoUser, loadOrCreateHubKeys, signUserToken } from '@continuum/kit';
import { parseArgs } from 'node:util';
import { KEYS_DIR } from './hub.ts';

const { values } = parseArgs({ options: { user: { type: 'string' }, list: { type: 'boolean' }, hours: { type: 'string' } } });

if (values.list || !values.user) {
  console.log('Demo users (npm run token -- --user <id>):\n');
  for (const u of DEMO_USERS) console.log(`  ${u.userId.padEnd(34)} ${u.role.padEnd(24)} ${u.organisationCode}\n  ${' '.repeat(34)} ${u.description}\n`);
  process.exit(values.list ? 0 : 1);
}

const hours = Number(values.hours ?? 8);
if (!Number.isFinite(hours) || hours <= 0 || hours > 24) {
  console.error('--hours must be a number of hours between 0 and 24');
  process.exit(1);
}
try {
  const keys = await loadOrCreateHubKeys(KEYS_DIR);
  console.log(await signUserToken(keys.identityProvider, demoUser(values.user), { seconds: Math.round(hours * 3600) }));
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
