import { applyMigrations } from './migrate.ts';
import { ensureDatabase } from './postgres.ts';
import { subgraphDatabaseUrl, subgraphPort, subgraphHost } from './config.ts';
import { startSubgraph, type SubgraphModule } from './subgraph.ts';

/**
 * Runs one subgraph on its own (as a partner or an operator would deploy it):
 * creates and migrates its database on DATABASE_URL's server, then serves it.
 */
export async function runStandalone(mod: SubgraphModule): Promise<void> {
  const databaseUrl = subgraphDatabaseUrl(mod.name);
  await ensureDatabase(databaseUrl, new URL(databaseUrl).pathname.slice(1));
  await applyMigrations(databaseUrl, mod.migrationsDir);
  const running = await startSubgraph(mod, { databaseUrl, port: subgraphPort(mod.name), host: subgraphHost() });
  console.log(`${mod.name} subgraph at ${running.url}`);
  const stop = async () => {
    await running.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
