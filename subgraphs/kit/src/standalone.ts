import { buildDemoRegion } from './demo/region.ts';
import { applyMigrations } from './migrate.ts';
import { seedOnce } from './seed-once.ts';
import { ensureDatabase } from './postgres.ts';
import { subgraphDatabaseUrl, subgraphPort, subgraphHost } from './config.ts';
import { startSubgraph, type SubgraphModule } from './subgraph.ts';
import { gatewayKeysFromEnv } from './auth/subgraph-auth.ts';
import { AccessStore } from './access/store.ts';

/**
 * Runs one subgraph on its own (as a partner or an operator would deploy it):
 * creates and migrates its database on DATABASE_URL's server, seeds its demo data once when
 * CONTINUUM_SEED is `on`, then serves it. A partner passes the port it listens on by default.
 * It answers only requests signed by the gateway (CONTINUUM_GATEWAY_JWKS, _URL or _FILE) and
 * reads access decisions from, and writes its audit trail to, the hub's access store.
 */
export async function runStandalone(mod: SubgraphModule, opts: { defaultPort?: number } = {}): Promise<void> {
  const databaseUrl = subgraphDatabaseUrl(mod.name);
  await ensureDatabase(databaseUrl, new URL(databaseUrl).pathname.slice(1));
  await applyMigrations(databaseUrl, mod.migrationsDir);
  if (process.env.CONTINUUM_SEED === 'on') await seedOnce(mod, databaseUrl, () => buildDemoRegion());
  if (!process.env.CONTINUUM_ACCESS_DATABASE_URL) throw new Error('Set CONTINUUM_ACCESS_DATABASE_URL: the hub access store that decides who sees what and keeps the audit trail');
  const accessStore = new AccessStore(process.env.CONTINUUM_ACCESS_DATABASE_URL);
  const running = await startSubgraph(mod, { databaseUrl, port: subgraphPort(mod.name, opts.defaultPort), host: subgraphHost(), gatewayKeys: gatewayKeysFromEnv(), accessStore });
  console.log(`${mod.name} subgraph at ${running.url}`);
  const stop = async () => {
    await running.stop();
    await accessStore.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
