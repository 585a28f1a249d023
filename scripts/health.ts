/**
 * `npm run health`: the gateway's GET /health as the hub's operator, with each subgraph's state
 * and address and the supergraph being served. The request is signed with the hub's services key
 * in .continuum/keys (CONTINUUM_KEYS_DIR), which only the operator's machine holds; anyone else is
 * told only whether the hub is up.
 */
import { parseCommandLine, runCommand, UsageError } from '@continuum/runtime/cli';
import fs from 'node:fs';
import path from 'node:path';

const COMMAND = 'npm run health --';
const USAGE = `Usage: npm run health [-- --gateway <url>]

The gateway's health as the hub's operator sees it: the overall status, each subgraph's state,
address and latency, and the supergraph being served. Run it where the hub runs: the request is
signed with the hub's services key (CONTINUUM_KEYS_DIR, default .continuum/keys).

  --gateway <url>  the gateway's GraphQL URL (default GATEWAY_URL, else
                   http://127.0.0.1:4000/graphql)
  -h, --help       this help

Exit codes: 0 the hub is up (status ok), 1 degraded, down or unreachable, 2 usage error.`;

const { values } = parseCommandLine({ command: COMMAND, usage: USAGE, options: { gateway: { type: 'string' } } });

await runCommand(COMMAND, async () => {
  const keysDir = process.env.CONTINUUM_KEYS_DIR ?? path.join(path.resolve(import.meta.dirname, '..'), '.continuum', 'keys');
  if (!fs.existsSync(keysDir)) throw new Error(`No hub keys in ${keysDir}: run this where the hub runs (or set CONTINUUM_KEYS_DIR).`);
  const gateway = values.gateway ?? process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';
  if (!URL.canParse(gateway)) throw new UsageError(`--gateway must be a URL such as http://127.0.0.1:4000/graphql, not "${gateway}"`);
  // Loaded once the command line is read: --help and a mistyped option answer at once.
  const { DEFAULT_AUDIENCE, loadOrCreateHubKeys, signServiceToken } = await import('@continuum/access');
  const token = await signServiceToken(
    (await loadOrCreateHubKeys(keysDir)).services,
    'operator',
    process.env.CONTINUUM_JWT_AUDIENCE ?? DEFAULT_AUDIENCE,
  );
  const res = await fetch(new URL('/health', gateway), { headers: { authorization: `Bearer ${token}` } }).catch(() => {
    throw new Error(`The gateway at ${gateway} did not answer: is the hub running?`);
  });
  const body = (await res.json()) as { status?: string };
  console.log(JSON.stringify(body, null, 2));
  return body.status === 'ok' ? 0 : 1;
});
