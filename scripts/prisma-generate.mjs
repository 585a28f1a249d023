// Generates each subgraph's Prisma client. The CLI would try to download a native schema
// engine it does not need for `generate`; pointing it at the offline stand-in avoids that.
import { spawn } from 'node:child_process';
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
/** Runs `prisma generate` for one schema; settles when it has written the client. */
function generate(name, schema) {
  return new Promise((resolve, reject) => {
    const child = spawn(prismaBin, ['generate', '--schema', schema], {
      cwd: path.dirname(path.dirname(schema)),
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve(name) : reject(new Error(`prisma generate for ${name} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

// The hub's subgraphs and the partner subgraphs made from the template, all at once: each CLI
// is single-threaded, so one after another they left all but one core idle.
const schemas = ['subgraphs', 'partners']
  .filter((parent) => fs.existsSync(path.join(root, parent)))
  .flatMap((parent) =>
    fs.readdirSync(path.join(root, parent)).map((name) => [name, path.join(root, parent, name, 'prisma', 'schema.prisma')]),
  )
  .filter(([, schema]) => fs.existsSync(schema));
const results = await Promise.allSettled(
  schemas.map(([name, schema]) => generate(name, schema).then(() => console.log(`prisma client generated for ${name}`))),
);
const failed = results.filter((r) => r.status === 'rejected');
for (const f of failed) console.error(f.reason.message);
if (failed.length) process.exit(1);
