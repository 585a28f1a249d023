/**
 * `npm run subgraph:new -- <name> [--organisation "<name>"] [--contact <email>] [--port <n>] [--dir <folder>]`:
 * creates partners/<name>/, a working partner subgraph that starts and passes its tests.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateSubgraph } from './generate-subgraph.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { organisation: { type: 'string' }, contact: { type: 'string' }, port: { type: 'string' }, dir: { type: 'string' } },
});
const [name] = positionals;
if (!name) {
  console.error('Usage: npm run subgraph:new -- <name> [--organisation "<name>"] [--contact <email>] [--port <n>] [--dir <folder>]');
  process.exit(2);
}
try {
  const dir = await generateSubgraph({
    name,
    organisation: values.organisation,
    contact: values.contact,
    port: values.port ? Number(values.port) : undefined,
    parentDir: values.dir ? path.resolve(values.dir) : undefined,
  });
  const rel = path.relative(process.cwd(), dir);
  console.log(`Created ${rel}: a working subgraph with its database, migrations, DataLoaders and tests.

Next (docs/partners.md has every step):
  npm install
  npm test -- ${rel}
  npm run schema -- register ${name} --url http://<host>:<port>/graphql --organisation "…" --contact …
  npm run schema -- check ${name} ${rel}/schema.graphql
  npm run schema -- publish ${name} ${rel}/schema.graphql
`);
} catch (err) {
  console.error((err as Error).message);
  process.exit(2);
}
