/**
 * Hive Gateway (@graphql-hive/gateway-runtime) in front of the hub's running subgraphs, for the
 * portability test and the benchmark only: the hub never serves through it. It plans the same
 * supergraph with another planner, in a process of its own (as our gateway runs under npm start).
 * It authenticates no one: its client sends the token the subgraphs check (one the gateway key
 * signs), and it passes that header on to every subgraph.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './jest/free-port.ts';
import { startServiceProcess, type ServiceProcess } from './service-process.ts';

/** The supergraph with each named subgraph's routing URL replaced (the rest left as they are). */
export function routedSupergraph(sdl: string, urls: Record<string, string>): string {
  return sdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (whole, name: string) =>
    urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : whole,
  );
}

export async function startHiveGateway(opts: {
  supergraphSdl: string;
  /** Routing URL per subgraph name, overriding the supergraph's. */
  urls: Record<string, string>;
  port?: number;
  output?: (line: string) => void;
  /** Node's own options (e.g. --cpu-prof). */
  nodeArgs?: string[];
  /** Whether identical queries in flight to a subgraph are sent once (Hive's default) or each on its own. */
  deduplicate?: boolean;
}): Promise<ServiceProcess> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hive-gateway-'));
  const supergraphFile = path.join(dir, 'supergraph.graphql');
  fs.writeFileSync(supergraphFile, routedSupergraph(opts.supergraphSdl, opts.urls));
  const port = opts.port ?? (await freePort());
  // Hive's logger refuses pino's level names (LOG_LEVEL=silent in tests): it logs errors only.
  const { LOG_LEVEL: _ours, ...env } = process.env;
  const hive = await startServiceProcess({
    name: opts.deduplicate === false ? 'hive-each' : 'hive',
    entry: 'scripts/hive-gateway-process.ts',
    env: {
      ...env,
      HIVE_DEDUPLICATE: opts.deduplicate === false ? 'off' : 'on',
      HIVE_SUPERGRAPH_FILE: supergraphFile,
      HIVE_PORT: String(port),
    },
    url: `http://127.0.0.1:${port}/graphql`,
    readyUrl: `http://127.0.0.1:${port}/healthcheck`,
    output: opts.output ?? (() => {}),
    nodeArgs: opts.nodeArgs,
  });
  return {
    ...hive,
    stop: async (graceMs?: number) => {
      await hive.stop(graceMs);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
