/** The seeded template databases every test file clones: one per subgraph, and the access store. */
import {
  applyMigrations,
  connectDatabase,
  dropDatabase,
  ensureDatabase,
  ensureRuntimeRole,
  grantRuntimeAccess,
  withDatabase,
} from '@continuum/runtime';
import { prepareAccessStore } from '@continuum/access';
import { seedAccessStore, buildDemoRegion } from '@continuum/demo';
import { templateName } from '@continuum/dev/testing';
import { localPartners } from '../partner-process.ts';
import { SUBGRAPH_MODULES } from '../subgraphs.ts';

async function freshTemplate(serverUrl: string, name: string): Promise<string> {
  await dropDatabase(serverUrl, name);
  await ensureDatabase(serverUrl, name);
  return withDatabase(serverUrl, name);
}

export async function buildTemplates(serverUrl: string, log: (line: string) => void): Promise<void> {
  const region = buildDemoRegion();
  // Each part runs as its own role, as in production: made once for the run (roles belong to the
  // server), granted in each template, and so in every clone.
  for (const name of [...SUBGRAPH_MODULES.map((m) => m.name), 'access', ...localPartners().map((p) => p.name)])
    await ensureRuntimeRole(serverUrl, name);
  // The templates are built side by side: while one waits on PostgreSQL, another runs its seed.
  const timed = async (name: string, build: (url: string) => Promise<void>) => {
    const started = performance.now();
    const url = await freshTemplate(serverUrl, templateName(name));
    await build(url);
    await grantRuntimeAccess(url, name);
    log(`template ${templateName(name)}: migrated and seeded in ${((performance.now() - started) / 1000).toFixed(1)}s`);
  };
  await Promise.all([
    ...SUBGRAPH_MODULES.map((mod) =>
      timed(mod.name, async (url) => {
        await applyMigrations(url, mod.migrationsDir);
        const db = connectDatabase(mod.PrismaClient, url, 4);
        await mod.seed(db.client, region);
        await db.close();
      }),
    ),
    timed('access', async (url) => {
      await prepareAccessStore(url);
      await seedAccessStore(url, () => region);
    }),
  ]);
}
