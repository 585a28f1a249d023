/**
 * The image's entrypoint: `docker run continuum <command>` runs one service or job of the hub
 * (services.ts lists them). The service runs in this process, so the SIGTERM a platform sends
 * reaches its own handler, which drains and exits (tini, PID 1 in the image, passes it on).
 * Before starting a service it writes where its readiness probe answers, for the image's
 * HEALTHCHECK (healthcheck.mjs), which cannot know which service the container runs.
 */
import { DatabasePermissionError } from '@continuum/runtime';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readSecretFiles } from './secret-files.ts';
import { PROBE_URL_FILE, ROOT, serviceCommands } from './services.ts';

const commands = serviceCommands();
const USAGE = `Usage: docker run <image> <command>

Runs one part of the hub. Commands:
${commands.map((c) => `  ${c.command.padEnd(10)} ${c.kind === 'job' ? 'job    ' : `port ${String(c.port).padEnd(2)}`} ${c.entry}`).join('\n')}

Settings are environment variables (README, "Deploying Continuum").`;

const [name, ...rest] = process.argv.slice(2);
if (name === '--help' || name === '-h') {
  console.log(USAGE);
  process.exit(0);
}
const service = commands.find((c) => c.command === name);
if (!service) {
  console.error(
    `${name ? `Unknown command "${name}"` : 'No command given'}; one of: ${commands.map((c) => c.command).join(', ')} (--help)`,
  );
  process.exit(2);
}
readSecretFiles(process.env);
if (service.port !== undefined) fs.writeFileSync(PROBE_URL_FILE, `http://127.0.0.1:${service.port}/health/ready\n`);
// The entry reads its own arguments (the jobs take some): it sees those that followed the command.
process.argv = [process.argv[0], path.join(ROOT, service.entry), ...rest];
try {
  await import(pathToFileURL(path.join(ROOT, service.entry)).href);
} catch (err) {
  // A login lacking a right says which database and what to ask for: that message is the whole story.
  if (!(err instanceof DatabasePermissionError)) throw err;
  console.error(`${service.command}: ${err.message}`);
  process.exit(1);
}
