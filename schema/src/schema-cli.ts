/**
 * `npm run schema -- <command>`: the schema registry from the command line.
 *   list                                   the subgraphs in the graph
 *   register <name> --url <url> --organisation <name> --contact <email or phone> [--timeout-ms <n>]
 *   check <name> <sdl file> [--json]       compose with every other subgraph; breaking changes
 *   publish <name> <sdl file> [--json]     check, then update the supergraph the gateway serves
 *   history [name]                         what was published, when
 * The registry folder is --registry <dir>, else CONTINUUM_REGISTRY_DIR, else .continuum/registry.
 * Exit codes: 0 passed / done, 1 the check failed (nothing published), 2 usage error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Registry, RegistryError } from './registry/registry.ts';
import { formatReport } from './registry/report.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
export const DEFAULT_REGISTRY_DIR = path.join(root, '.continuum', 'registry');

const USAGE = `Usage: npm run schema -- <list | register | check | publish | history> …
  register <name> --url <url> --organisation <name> --contact <email or phone> [--timeout-ms <n>]
  check <name> <sdl file> [--json]
  publish <name> <sdl file> [--json]
  history [name]
Options: --registry <dir> (default: CONTINUUM_REGISTRY_DIR or .continuum/registry)`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      registry: { type: 'string' },
      url: { type: 'string' },
      organisation: { type: 'string' },
      contact: { type: 'string' },
      'timeout-ms': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const [command, name, file] = positionals;
  const registry = new Registry(path.resolve(values.registry ?? process.env.CONTINUUM_REGISTRY_DIR ?? DEFAULT_REGISTRY_DIR));
  const readSdl = () => {
    if (!name || !file) throw new UsageError(`${command} needs a subgraph name and an SDL file`);
    if (!fs.existsSync(file)) throw new UsageError(`No such file: ${file}`);
    return fs.readFileSync(file, 'utf8');
  };
  switch (command) {
    case 'list': {
      for (const s of registry.list()) {
        console.log(
          `${s.name.padEnd(24)} ${s.kind.padEnd(7)} ${s.published ? 'published  ' : 'unpublished'} ${s.url}  ${s.organisation}${s.contact ? ` <${s.contact}>` : ''}`,
        );
      }
      return 0;
    }
    case 'register': {
      if (!name) throw new UsageError('register needs a subgraph name');
      const timeout = values['timeout-ms'];
      const r = registry.register({
        name,
        url: values.url ?? '',
        organisation: values.organisation ?? '',
        contact: values.contact ?? '',
        ...(timeout !== undefined ? { timeoutMs: Number(timeout) } : {}),
      });
      console.log(`Registered ${r.name} at ${r.url} (${r.organisation}, ${r.contact})`);
      // A published subgraph that moved: route the gateway to its new address now.
      if (registry.store.publishedSdl(r.name) !== null) {
        const { changed, errors } = await registry.recompose(r.name);
        if (changed) console.log('The supergraph now routes to the new URL.');
        if (errors.length) console.log(`Could not recompose:\n${errors.join('\n')}`);
      }
      return 0;
    }
    case 'check': {
      const report = await registry.check(name, readSdl());
      const { supergraphSdl: _omitted, ...shown } = report;
      console.log(values.json ? JSON.stringify(shown, null, 2) : formatReport(report));
      return report.ok ? 0 : 1;
    }
    case 'publish': {
      const result = await registry.publish(name, readSdl());
      if (values.json) {
        const { supergraphSdl: _omitted, ...shown } = result.report;
        console.log(JSON.stringify({ ...result, report: shown }, null, 2));
      } else {
        console.log(formatReport(result.report));
        if (result.published)
          console.log(`Published ${name} as version ${result.published.version}; the gateway picks it up without a restart.`);
        else if (result.unchanged) console.log(`${name} is already published with this SDL; nothing to do.`);
        else console.log(`Not published: fix the problems above and run the check again.`);
      }
      return result.report.ok ? 0 : 1;
    }
    case 'history': {
      for (const h of registry.store.history().filter((h) => !name || h.subgraph === name)) {
        console.log(
          `v${h.version}  ${h.publishedAt}  ${h.action.padEnd(10)} ${h.subgraph}  supergraph ${h.supergraphSha256.slice(0, 12)}  ${h.changes.length} change(s)`,
        );
      }
      return 0;
    }
    default:
      throw new UsageError(command ? `Unknown command ${command}` : 'No command given');
  }
}

let code: number;
try {
  code = await main(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof UsageError || err instanceof RegistryError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')))
    throw err;
  console.error(`${(err as Error).message}\n\n${USAGE}`);
  code = 2;
}
// Set explicitly on exit: a library in the composition path resets process.exitCode.
process.on('exit', () => {
  process.exitCode = code;
});
