// `npm run compose`: composes the subgraphs' SDL into schema/supergraph.graphql.
// Composition errors fail with exit code 1 and write nothing.
import { parseCommandLine } from '@continuum/runtime/cli';
import fs from 'node:fs';

parseCommandLine({
  command: 'npm run compose --',
  usage: `Usage: npm run compose

Composes the five hub subgraphs' schema.graphql files into schema/supergraph.graphql, the
checked-in supergraph (a test fails while it is stale). Run it after editing a schema, with
npm run codegen. Partner subgraphs join through the registry instead: npm run schema -- publish.

  -h, --help  this help

Exit codes: 0 written, 1 composition failed (nothing written), 2 usage error.`,
  options: {},
});

// Loaded once the command line is read: --help and a mistyped option answer at once.
const { compose, SUPERGRAPH_PATH } = await import('./compose.ts');
const { supergraphSdl, errors, hints } = compose();
if (!supergraphSdl) {
  console.error(`Composition failed with ${errors.length} error(s):`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
for (const h of hints) console.log(`hint: ${h}`);
fs.writeFileSync(SUPERGRAPH_PATH, supergraphSdl.endsWith('\n') ? supergraphSdl : `${supergraphSdl}\n`);
console.log(`Wrote ${SUPERGRAPH_PATH} (${hints.length} hints)`);
