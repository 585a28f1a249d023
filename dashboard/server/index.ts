// Serves the built dashboard alone, beside a gateway already running (GATEWAY_URL).
import { DEFAULT_AUDIENCE, loadOrCreateHubKeys, localKeySet, operatorCheck } from '@continuum/access';
import { jsonLogger, metricsPort, startTracing } from '@continuum/runtime';
import { KEYS_DIR } from '../../scripts/hub.ts';
import { ensureDashboardBuilt } from './build.ts';
import { startDashboardServer } from './serve.ts';
import { signInAsDemoCommissioner } from './sign-in.ts';

// Traces only when OTEL_EXPORTER_OTLP_ENDPOINT names a collector; nothing is registered otherwise.
const tracing = startTracing({ service: 'dashboard' });
const logger = jsonLogger;
await ensureDashboardBuilt((line) => logger.info(line));
const keys = await loadOrCreateHubKeys(KEYS_DIR);
const dashboard = await startDashboardServer({
  port: Number(process.env.DASHBOARD_PORT ?? 4300),
  host: process.env.DASHBOARD_HOST ?? '127.0.0.1',
  gatewayUrl: process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql',
  // The same demo identity provider key the gateway trusts (made by the hub's first start).
  signIn: signInAsDemoCommissioner(keys.identityProvider),
  // The hub's operator (a hub service token, as `npm run health` signs) sees what /health/ready checked.
  isOperator: operatorCheck(localKeySet(keys.services.jwks), process.env.CONTINUUM_JWT_AUDIENCE ?? DEFAULT_AUDIENCE),
  // GET /metrics only on a management port of its own, when DASHBOARD_METRICS_PORT names one.
  metricsPort: metricsPort('dashboard'),
  logger,
});
logger.info('dashboard serving', { url: dashboard.url, ...(dashboard.metricsUrl ? { metrics: dashboard.metricsUrl } : {}) });
const stop = async () => {
  await dashboard.stop();
  await tracing?.shutdown();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
