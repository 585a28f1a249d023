import { buildDemoRegion } from './demo/region.ts';
import { applyMigrations } from './migrate.ts';
import { seedOnce } from './seed-once.ts';
import { ensureDatabase } from './postgres.ts';
import { subgraphDatabaseUrl, subgraphPort, subgraphHost } from './config.ts';
import { startSubgraph, type SubgraphModule } from './subgraph.ts';

/**
 * Runs one subgraph on its own (as a partner or an operator would deploy it):
 * creates and migrates its database on DATABASE_URL's server, seeds its demo data once when
 * CONTINUUM_SEED is `on`, then serves it. A partner passes the port it listens on by default.
 */
export async function runStandalone(mod: SubgraphModule, opts: { defaultPort?: number } = {}): Promise<void> {
  const databaseUrl = subgraphDatabaseUrl(mod.name);
  await ensureDatabase(databaseUrl, new URL(databaseUrl).pathname.slice(1));
  await applyMigrations(databaseUrl, mod.migrationsDir);
  if (process.env.CONTINUUM_SEED === 'on') await seedOnce(mod, databaseUrl, () => buildDemoRegion());
  const running = await startSubgraph(mod, { databaseUrl, port: subgraphPort(mod.name, opts.defaultPort), host: subgraphHost() });
  console.log(`${mod.name} subgraph at ${running.url}`);
  const stop = async () => {
    await running.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
