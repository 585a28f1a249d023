// Assembles what an image target runs, from a built tree, into a directory of its own:
//   node --import tsx deploy/docker/assemble.ts <production|demo> <out>
// Sources only (no tests, no node_modules), and package manifests stripped to run time: the
// development-only workspaces left out of the production target, every devDependency dropped, and
// tsx (which runs the TypeScript) made a dependency. `npm install --omit=dev` in <out> then
// installs exactly the packages those services import. The Dockerfile runs it; so does the test.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * The workspaces each target runs. The dashboard's server is in both: in production it signs each
 * reader in through the deployment's identity provider; the demo target adds the demo region
 * (seeding), and with it the dashboard's demo commissioner.
 */
export type Target = 'production' | 'demo';

export const TARGET_WORKSPACES: Record<Target, string[]> = {
  production: [
    'subgraphs/kit/runtime',
    'subgraphs/kit/access',
    'subgraphs/kit/subgraph',
    'subgraphs/kit/identity',
    'subgraphs/kit/transitions',
    'subgraphs/people',
    'subgraphs/councils',
    'subgraphs/health',
    'subgraphs/support',
    'subgraphs/training',
    'gateway',
    'schema',
    'dashboard',
    'partners/*',
  ],
  demo: ['subgraphs/kit/demo'],
};

/** Files outside the workspaces that a target's entries read or import. */
export const TARGET_FILES: Record<Target, string[]> = {
  production: [
    'deploy/services.ts',
    'deploy/service.ts',
    'deploy/migrate.ts',
    'deploy/keys.ts',
    'deploy/healthcheck.mjs',
    'scripts/subgraphs.ts',
    'schema/supergraph.graphql',
  ],
  demo: ['scripts/hub.ts'],
};

/** Never part of an image: tests, their fixtures, and anything installed or built for development. */
const LEFT_OUT = new Set(['node_modules', '__tests__', 'tests', 'test-artifacts', '.turbo', 'codegen.yml']);
const leftOut = (name: string) => LEFT_OUT.has(name) || /\.test\.tsx?$/.test(name);

export function workspacesOf(target: Target): string[] {
  const patterns = target === 'demo' ? [...TARGET_WORKSPACES.production, ...TARGET_WORKSPACES.demo] : TARGET_WORKSPACES.production;
  return patterns.flatMap((p) =>
    p.endsWith('/*')
      ? fs
          .readdirSync(path.join(ROOT, p.slice(0, -2)))
          .map((d) => `${p.slice(0, -2)}/${d}`)
          .filter((d) => fs.existsSync(path.join(ROOT, d, 'package.json')))
      : [p],
  );
}

export function filesOf(target: Target): string[] {
  return target === 'demo' ? [...TARGET_FILES.production, ...TARGET_FILES.demo] : TARGET_FILES.production;
}

function copyTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (leftOut(entry.name)) continue;
    const src = path.join(from, entry.name);
    if (entry.isDirectory()) copyTree(src, path.join(to, entry.name));
    else if (entry.isFile()) fs.copyFileSync(src, path.join(to, entry.name));
  }
}

/** A manifest for run time: no devDependencies, and no dependency on a workspace this target leaves out. */
interface Manifest {
  name: string;
  workspaces?: string[];
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

function runtimeManifest(pkg: Manifest, names: Set<string>): Manifest {
  const rest = { ...pkg };
  delete rest.devDependencies;
  if (rest.dependencies)
    rest.dependencies = Object.fromEntries(
      Object.entries(rest.dependencies).filter(([dep]) => !dep.startsWith('@continuum') || names.has(dep)),
    );
  return rest;
}

export function assemble(target: Target, out: string): { workspaces: string[]; files: string[] } {
  const workspaces = workspacesOf(target);
  const read = (dir: string): Manifest => JSON.parse(fs.readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8'));
  const names = new Set(workspaces.map((w) => read(w).name));
  for (const ws of workspaces) {
    copyTree(path.join(ROOT, ws), path.join(out, ws));
    fs.writeFileSync(path.join(out, ws, 'package.json'), `${JSON.stringify(runtimeManifest(read(ws), names), null, 2)}\n`);
  }
  for (const file of filesOf(target)) {
    fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(out, file));
  }
  const root = read('.');
  const { devDependencies, ...manifest } = root;
  delete manifest.scripts;
  manifest.workspaces = workspaces;
  manifest.dependencies = { tsx: devDependencies!.tsx };
  fs.writeFileSync(path.join(out, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // The lockfile pins every version; npm install drops what these manifests no longer need.
  fs.copyFileSync(path.join(ROOT, 'package-lock.json'), path.join(out, 'package-lock.json'));
  return { workspaces, files: filesOf(target) };
}

if (process.argv[1] === import.meta.filename) {
  const [target, out] = process.argv.slice(2);
  if (!target || !out) {
    console.error('Usage: node --import tsx deploy/docker/assemble.ts <production|demo> <out>');
    process.exit(2);
  }
  if (target !== 'production' && target !== 'demo') {
    console.error('The target is production or demo');
    process.exit(2);
  }
  const { workspaces } = assemble(target, path.resolve(out));
  console.log(`assembled ${target}: ${workspaces.length} workspaces in ${out}`);
}
