/**
 * One of the hub's services (a subgraph, the gateway, the dashboard server) as its own process,
 * started through the entry a deployment runs, its output prefixed with its name, and ready once
 * its /health/ready answers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export interface ServiceProcess {
  name: string;
  pid: number;
  /** Where it serves GraphQL, or its pages for the dashboard. */
  url: string;
  /** Settles when the process ends, however it ends. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Ends it with SIGTERM (SIGKILL if it has not gone within `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

export async function startServiceProcess(opts: {
  name: string;
  /** The entry file, relative to the repository root. */
  entry: string;
  env: Record<string, string | undefined>;
  url: string;
  /** Probed until it answers 200. */
  readyUrl: string;
  /** Each line it writes, already prefixed with its name. */
  output: (line: string) => void;
  readyWithinMs?: number;
  /** Node's own options before the entry (e.g. --cpu-prof, which NODE_OPTIONS may not carry). */
  nodeArgs?: string[];
}): Promise<ServiceProcess> {
  const child: ChildProcess = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', path.join(root, opts.entry)], {
    cwd: root,
    env: opts.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `${opts.name.padEnd(9)} |`;
  for (const stream of [child.stdout!, child.stderr!]) {
    let partial = '';
    stream.on('data', (d: Buffer) => {
      const lines = (partial + d.toString()).split('\n');
      partial = lines.pop()!;
      for (const line of lines) opts.output(`${prefix} ${line}`);
    });
    stream.on('end', () => partial && opts.output(`${prefix} ${partial}`));
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const stop = async (graceMs = 10_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  let gone = false;
  const ready = (async () => {
    const within = opts.readyWithinMs ?? 120_000;
    for (const deadline = performance.now() + within; !gone && performance.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
      try {
        if ((await fetch(opts.readyUrl, { signal: AbortSignal.timeout(2_000) })).ok) return;
      } catch {
        // not listening yet
      }
    }
    throw new Error(`${opts.name} was not ready at ${opts.readyUrl} within ${within / 1000} s`);
  })();
  const died = exited.then(({ code, signal }) => {
    gone = true;
    throw new Error(`${opts.name} exited (${signal ?? `code ${code}`}) before it was ready`);
  });
  try {
    await Promise.race([ready, died]);
  } catch (err) {
    gone = true;
    ready.catch(() => {});
    await stop(2_000);
    throw err;
  }
  died.catch(() => {});
  return { name: opts.name, pid: child.pid!, url: opts.url, exited, stop };
}
