// Serves the built dashboard alone, beside a gateway already running (GATEWAY_URL).
import {
  DEFAULT_AUDIENCE,
  identityProviderFromEnv,
  loadOrCreateHubKeys,
  localKeySet,
  operatorCheck,
  readPublicKeySet,
} from '@continuum/access';
import { jsonLogger, metricsPort, startTracing } from '@continuum/runtime';
import fs from 'node:fs';
import path from 'node:path';
import { DIST_DIR, ensureDashboardBuilt } from './build.ts';
import type { DashboardSignIn } from './dashboard-sign-in.ts';
import { signInFromForwardedToken } from './forwarded-sign-in.ts';
import { startDashboardServer } from './serve.ts';

// Traces only when OTEL_EXPORTER_OTLP_ENDPOINT names a collector; nothing is registered otherwise.
const tracing = startTracing({ service: 'dashboard' });
const logger = jsonLogger;
const production = process.env.NODE_ENV === 'production';
// A deployment ships the dashboard built; a development tree builds it when its sources changed.
if (!production) await ensureDashboardBuilt((line) => logger.info(line));
else if (!fs.existsSync(path.join(DIST_DIR, 'index.html')))
  throw new Error(`The dashboard is not built (${DIST_DIR}): run npm run build --workspace @continuum/dashboard`);
const keysDir = process.env.CONTINUUM_KEYS_DIR ?? path.resolve(import.meta.dirname, '..', '..', '.continuum', 'keys');

/**
 * Each reader signed in through the deployment's identity provider when one is configured
 * (CONTINUUM_JWKS_URL/FILE, as the gateway reads them): the server then holds no private key,
 * only the hub services' public keys (for the operator's readiness detail). Otherwise, in
 * development only, every reader is the demo commissioner, whose code is loaded on demand so a
 * deployment never holds it.
 */
async function signInAndServiceKeys(): Promise<{ signIn: DashboardSignIn; servicesJwks: ReturnType<typeof readPublicKeySet> }> {
  const provider = identityProviderFromEnv(process.env);
  if (provider) return { signIn: signInFromForwardedToken(provider), servicesJwks: readPublicKeySet(keysDir, 'services') };
  if (production)
    throw new Error(
      "Set CONTINUUM_JWKS_URL (or CONTINUUM_JWKS_FILE) and CONTINUUM_JWT_ISSUER: in production the dashboard signs each reader in through the deployment's identity provider",
    );
  const keys = await loadOrCreateHubKeys(keysDir);
  const { signInAsDemoCommissioner } = await import('./sign-in.ts');
  // The same demo identity provider key the gateway trusts (made by the hub's first start).
  return { signIn: signInAsDemoCommissioner(keys.identityProvider), servicesJwks: keys.services.jwks };
}

const { signIn, servicesJwks } = await signInAndServiceKeys();
const dashboard = await startDashboardServer({
  port: Number(process.env.DASHBOARD_PORT ?? 4300),
  host: process.env.DASHBOARD_HOST ?? '127.0.0.1',
  gatewayUrl: process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql',
  signIn,
  // The hub's operator (a hub service token, as `npm run health` signs) sees what /health/ready checked.
  isOperator: operatorCheck(localKeySet(servicesJwks), process.env.CONTINUUM_JWT_AUDIENCE ?? DEFAULT_AUDIENCE),
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
