/** The seeded template databases every test file clones: one per subgraph, and the access store. */
import { applyMigrations, connectDatabase, dropDatabase, ensureDatabase, prepareAccessStore, withDatabase } from '@continuum/kit';
import { buildDemoRegion } from '@continuum/kit/demo';
import { templateName } from '@continuum/kit/testing';
import { SUBGRAPH_MODULES } from '../subgraphs.ts';

async function freshTemplate(serverUrl: string, name: string): Promise<string> {
  await dropDatabase(serverUrl, name);
  await ensureDatabase(serverUrl, name);
  return withDatabase(serverUrl, name);
}

export async function buildTemplates(serverUrl: string, log: (line: string) => void): Promise<void> {
  const region = buildDemoRegion();
  for (const mod of SUBGRAPH_MODULES) {
    const started = performance.now();
    const url = await freshTemplate(serverUrl, templateName(mod.name));
    await applyMigrations(url, mod.migrationsDir);
    const db = connectDatabase(mod.PrismaClient, url, 4);
    await mod.seed(db.client, region);
    await db.close();
    log(`template ${templateName(mod.name)}: migrated and seeded in ${((performance.now() - started) / 1000).toFixed(1)}s`);
  }
  const started = performance.now();
  await prepareAccessStore(await freshTemplate(serverUrl, templateName('access')), () => region);
  log(`template ${templateName('access')}: migrated and seeded in ${((performance.now() - started) / 1000).toFixed(1)}s`);
}
