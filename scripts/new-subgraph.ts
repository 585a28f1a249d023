/**
 * `npm run subgraph:new -- <name> [options]`: creates partners/<name>/, a working partner subgraph
 * that starts and passes its tests. USAGE below is what `--help` prints.
 */
import { parseCommandLine, runCommand, UsageError } from '@continuum/runtime/cli';
import fs from 'node:fs';
import path from 'node:path';

const COMMAND = 'npm run subgraph:new --';
const USAGE = `Usage: npm run subgraph:new -- <name> [--organisation "<name>"] [--contact <email>] [--port <n>] [--dir <folder>]

Creates a partner subgraph: its schema, Prisma schema and first migration, resolvers, DataLoaders,
seed and tests, which start and pass as created. docs/partners.md has every next step.

  <name>                 lower-case words joined by hyphens, e.g. flintshire-microcare
  --organisation <name>  the organisation that runs it (default: the name in title case)
  --contact <email>      its operators' email address or phone number, for the registry
  --port <n>             the port it listens on (default: the next free one from 4010)
  --dir <folder>         where to create <name>/ (default partners/)
  -h, --help             this help

Exit codes: 0 created, 1 failed, 2 usage error.`;

const { values, positionals } = parseCommandLine({
  command: COMMAND,
  usage: USAGE,
  positionals: true,
  options: { organisation: { type: 'string' }, contact: { type: 'string' }, port: { type: 'string' }, dir: { type: 'string' } },
});

// Loaded once the command line is read: --help and a mistyped option answer at once.
const { envPrefix } = await import('@continuum/runtime');
const { generateSubgraph, PARTNERS_DIR, validateName } = await import('./generate-subgraph.ts');

await runCommand(COMMAND, async () => {
  const [name, extra] = positionals;
  if (!name) throw new UsageError('name the subgraph: npm run subgraph:new -- <name>');
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  const problem = validateName(name);
  if (problem) throw new UsageError(`cannot create subgraph "${name}": ${problem}`);
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) throw new UsageError('--port must be a port number');
  const parentDir = values.dir ? path.resolve(values.dir) : undefined;
  if (fs.existsSync(path.join(parentDir ?? PARTNERS_DIR, name)))
    throw new UsageError(`${path.join(parentDir ?? PARTNERS_DIR, name)} already exists`);
  const dir = await generateSubgraph({ name, organisation: values.organisation, contact: values.contact, port, parentDir });
  const rel = path.relative(process.cwd(), dir);
  // The port it chose (the next free one, unless --port named one): the URL to register depends on it.
  const chosen = Number(JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).continuum.port);
  console.log(`Created ${rel}: a working subgraph with its database, migrations, DataLoaders and tests.
It listens on port ${chosen} (${envPrefix(name)}_PORT changes it; its package.json keeps the default).

Next (docs/partners.md has every step):
  npm install
  npm test -- ${rel}
  npm run schema -- register ${name} --url http://<host>:${chosen}/graphql --organisation "…" --contact …
  npm run schema -- check ${name} ${rel}/schema.graphql
  npm run schema -- publish ${name} ${rel}/schema.graphql
`);
});
