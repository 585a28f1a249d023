/**
 * `migrate`: the one-shot job a deployment runs before the services start. Creates each
 * subgraph's database and the access store when missing, applies their migrations, creates and
 * grants each one's least-privilege role, and (when CONTINUUM_REGISTRY_DIR names the registry the
 * gateway reads) recomposes the supergraph. With CONTINUUM_SEED=on it also seeds the demo region
 * once, which needs the development package @continuum/demo (the image's `demo` target has it).
 * CONTINUUM_PUBLISH_PARTNERS (`name=url,…`) registers and publishes partner subgraphs whose
 * schema ships in the image (partners/<name>/schema.graphql), as a demo deployment does.
 *
 * Settings: DATABASE_URL (an administrator's URL of the server) or each <NAME>_DATABASE_URL, and
 * CONTINUUM_ACCESS_DATABASE_URL (by default the access store's database on DATABASE_URL's server).
 */
import { ACCESS_DATABASE, prepareAccessStore } from '@continuum/access';
import { applyMigrations, ensureDatabase, secureDatabase, subgraphDatabaseUrl, withDatabase } from '@continuum/runtime';
import fs from 'node:fs';
import path from 'node:path';
import { SUBGRAPH_MODULES } from '../scripts/subgraphs.ts';
import { ROOT } from './services.ts';
import type * as DemoPackage from '@continuum/demo';

type Demo = typeof DemoPackage;

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const seed = process.env.CONTINUUM_SEED === 'on';
  const demo: Demo | null = seed ? await loadDemo() : null;
  let region: ReturnType<Demo['buildDemoRegion']> | null = null;
  const demoRegion = () => (region ??= demo!.buildDemoRegion({ anchor: process.env.CONTINUUM_DEMO_ANCHOR }));
  for (const mod of SUBGRAPH_MODULES) {
    const url = subgraphDatabaseUrl(mod.name);
    if (await ensureDatabase(url, new URL(url).pathname.slice(1))) log(`created database ${new URL(url).pathname.slice(1)}`);
    for (const m of await applyMigrations(url, mod.migrationsDir)) log(`${mod.name}: applied migration ${m}`);
    if (demo && (await demo.seedOnce(mod, url, demoRegion))) log(`${mod.name}: seeded the demo region`);
    await secureDatabase(url, mod.name);
  }
  const accessUrl = process.env.CONTINUUM_ACCESS_DATABASE_URL ?? withDatabase(serverUrl(), ACCESS_DATABASE);
  if (await ensureDatabase(accessUrl, new URL(accessUrl).pathname.slice(1)))
    log(`created database ${new URL(accessUrl).pathname.slice(1)}`);
  for (const m of await prepareAccessStore(accessUrl)) log(`access: applied migration ${m}`);
  if (demo && (await demo.seedAccessStore(accessUrl, demoRegion))) log('access: seeded the demo region');
  await secureDatabase(accessUrl, 'access');
  if (process.env.CONTINUUM_REGISTRY_DIR) await publish(process.env.CONTINUUM_REGISTRY_DIR);
  log('migrate: done');
}

function serverUrl(): string {
  if (!process.env.DATABASE_URL) throw new Error('Set DATABASE_URL or CONTINUUM_ACCESS_DATABASE_URL: where the access store lives');
  return process.env.DATABASE_URL;
}

/** The demo region is a development package: only the demo image has it. */
async function loadDemo(): Promise<Demo> {
  return import('@continuum/demo').catch((err: unknown) => {
    throw new Error('CONTINUUM_SEED=on needs the development package @continuum/demo: run the demo image (target demo)', { cause: err });
  });
}

/** The registry's supergraph recomposed from the hub's subgraphs, then each named partner registered and published. */
async function publish(dir: string): Promise<void> {
  const { Registry } = await import('@continuum/schema/registry');
  const registry = new Registry(dir);
  const recomposed = await registry.recompose('migrate');
  if (recomposed.errors.length) throw new Error(`The hub's subgraphs do not compose:\n${recomposed.errors.join('\n')}`);
  for (const item of (process.env.CONTINUUM_PUBLISH_PARTNERS ?? '').split(',').filter(Boolean)) {
    const [name, url] = item.split('=');
    const dir = path.join(ROOT, 'partners', name);
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      continuum?: { organisation?: string; contact?: string };
    };
    registry.register({ name, url, organisation: pkg.continuum?.organisation ?? name, contact: pkg.continuum?.contact ?? '' });
    const { published, unchanged, report } = await registry.publish(name, fs.readFileSync(path.join(dir, 'schema.graphql'), 'utf8'));
    if (!published && !unchanged)
      throw new Error(
        `${name} was not published:\n${[...report.compositionErrors, ...(report.breaking ?? []).map((b) => b.message)].join('\n')}`,
      );
    log(published ? `published ${name} (${url}) as registry version ${published.version}` : `${name} is published already`);
  }
}

main().catch((err: unknown) => {
  console.error(`migrate: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
