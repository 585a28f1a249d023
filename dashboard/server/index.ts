// Serves the built dashboard alone, beside a gateway already running (GATEWAY_URL).
import { loadOrCreateHubKeys } from '@continuum/access';
import { KEYS_DIR } from '../../scripts/hub.ts';
import { ensureDashboardBuilt } from './build.ts';
import { startDashboardServer } from './serve.ts';
import { signInAsDemoCommissioner } from './sign-in.ts';

await ensureDashboardBuilt(console.log);
const dashboard = await startDashboardServer({
  port: Number(process.env.DASHBOARD_PORT ?? 4300),
  host: process.env.DASHBOARD_HOST ?? '127.0.0.1',
  gatewayUrl: process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql',
  // The same demo identity provider key the gateway trusts (made by the hub's first start).
  signIn: signInAsDemoCommissioner((await loadOrCreateHubKeys(KEYS_DIR)).identityProvider),
});
console.log(`Continuum dashboards at ${dashboard.url.replace('127.0.0.1', 'localhost')}`);
const stop = async () => {
  await dashboard.stop();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
