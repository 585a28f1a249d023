// Generates each subgraph's Prisma client. The CLI would try to download a native schema
// engine it does not need for `generate`; pointing it at the offline stand-in avoids that.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const prismaBin = path.join(root, 'node_modules', '.bin', 'prisma');
if (!fs.existsSync(prismaBin)) process.exit(0);
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, 'tools', 'prisma-schema-engine-offline'),
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
};
// The hub's subgraphs and the partner subgraphs made from the template.
for (const parent of ['subgraphs', 'partners']) {
  if (!fs.existsSync(path.join(root, parent))) continue;
  for (const name of fs.readdirSync(path.join(root, parent))) {
    const schema = path.join(root, parent, name, 'prisma', 'schema.prisma');
    if (!fs.existsSync(schema)) continue;
    execFileSync(prismaBin, ['generate', '--schema', schema], {
      cwd: path.join(root, parent, name),
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    console.log(`prisma client generated for ${name}`);
  }
}
