/**
 * `npm run schema -- <command>`: the schema registry from the command line. USAGE below is what
 * `--help` prints.
 */
import { parseCommandLine, runCommand, UsageError } from '@continuum/runtime';
import fs from 'node:fs';
import path from 'node:path';
import { Registry, RegistryError } from './registry/registry.ts';
import { formatReport } from './registry/report.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
export const DEFAULT_REGISTRY_DIR = path.join(root, '.continuum', 'registry');
const COMMAND = 'npm run schema --';

const USAGE = `Usage: npm run schema -- <command> [options]

The schema registry: the subgraphs in the graph, their published SDL, and the supergraph the
gateway serves (it picks up each publish without a restart).

Commands:
  list                               the subgraphs in the graph: kind, published or not, URL, owner
  register <name> --url <url> --organisation <name> --contact <email or phone> [--timeout-ms <n>]
                                     registers a partner subgraph (again, to move it or change its
                                     timeout)
  check <name> <sdl file> [--json]   composes the SDL with every other subgraph and lists breaking
                                     changes to fields that registered operations use
  publish <name> <sdl file> [--json] checks, then updates the supergraph the gateway serves; keeps
                                     the history. The hub's own subgraphs keep the URLs the
                                     published supergraph records (the running hub's)
  operations add <name> <file.graphql>
                                     registers a client's operations (again, to replace them):
                                     check and publish then refuse a change that breaks one. They
                                     must validate against the supergraph served now
  history [name]                     what was published, when, and its supergraph's SHA-256

Options:
  --url <url>           register: where the gateway reaches the subgraph's GraphQL endpoint
  --organisation <name> register: the organisation that runs it
  --contact <contact>   register: an email address or phone number for its operators
  --timeout-ms <n>      register: the gateway's deadline for each call to it (1 to 60000 ms)
  --json                check, publish: the report as JSON
  --registry <dir>      the registry folder (default CONTINUUM_REGISTRY_DIR, else
                        .continuum/registry)
  -h, --help            this help

Examples: npm run schema -- publish flintshire-microcare partners/flintshire-microcare/schema.graphql
          npm run schema -- operations add brokerage-vacancies brokerage.graphql
Exit codes: 0 passed or done, 1 the check failed (nothing published), 2 usage error.`;

async function main(): Promise<number> {
  const { values, positionals } = parseCommandLine({
    command: COMMAND,
    usage: USAGE,
    positionals: true,
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
      if (timeout !== undefined && !/^\d+$/.test(timeout)) throw new UsageError('--timeout-ms must be a whole number of milliseconds');
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
        const { changed, errors } = await registry.recompose(r.name, { hubUrlsFromEnvironment: false });
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
    case 'operations': {
      const [, action, opName, opFile] = positionals;
      if (action !== 'add') throw new UsageError(action ? `unknown operations command "${action}": use add` : 'operations needs add');
      if (!opName || !opFile) throw new UsageError('operations add needs a name and a .graphql file');
      if (!fs.existsSync(opFile)) throw new UsageError(`No such file: ${opFile}`);
      const ids = registry.addOperation(opName, fs.readFileSync(opFile, 'utf8'));
      console.log(`Registered ${ids.join(', ')}; check and publish now refuse a change that breaks ${ids.length > 1 ? 'them' : 'it'}.`);
      return 0;
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
      throw new UsageError(
        command
          ? `unknown command "${command}": use list, register, check, publish, operations or history`
          : 'say which command: list, register, check, publish, operations or history',
      );
  }
}

// The registry's own refusals (an unknown subgraph, a bad registration) are usage errors too.
await runCommand(COMMAND, () =>
  main().catch((err: unknown) => {
    throw err instanceof RegistryError ? new UsageError(err.message) : err;
  }),
);
