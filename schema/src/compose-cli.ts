// `npm run compose`: composes the subgraphs' SDL into schema/supergraph.graphql.
// Composition errors fail with exit code 1 and write nothing.
import fs from 'node:fs';
import { compose, SUPERGRAPH_PATH } from './compose.ts';

const { supergraphSdl, errors, hints } = compose();
if (!supergraphSdl) {
  console.error(`Composition failed with ${errors.length} error(s):`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
for (const h of hints) console.log(`hint: ${h}`);
fs.writeFileSync(SUPERGRAPH_PATH, supergraphSdl.endsWith('\n') ? supergraphSdl : `${supergraphSdl}\n`);
console.log(`Wrote ${SUPERGRAPH_PATH} (${hints.length} hints)`);
