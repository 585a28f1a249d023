/**
 * `npm run soak -- --minutes 30`: the hub as deployed (each subgraph and the gateway a process of
 * its own) on a fresh embedded PostgreSQL with the demo region, under a steady mixed load of the
 * questions care teams ask, printing each process's memory and the load's latency every
 * interval, then how each moved from the first interval to the last. Flat memory is the target.
 */
import { parseCommandLine, runCommand, UsageError } from '@continuum/runtime/cli';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const USAGE = `Usage: npm run soak -- [--minutes N] [--every S] [--concurrency C]

Runs the hub (each subgraph and the gateway a process of its own) on a fresh embedded PostgreSQL
with the demo region, under a steady mixed load of care teams' questions, and prints every S
seconds each process's resident memory and the load's requests, errors and latency, then the
change from the first interval to the last. Nothing is kept afterwards.

  --minutes N      how long the load runs (default 30)
  --every S        seconds between two samples (default 60; at least 5)
  --concurrency C  requests in flight at once (default 4)
  -h, --help       this help`;

const { values } = parseCommandLine({
  command: 'npm run soak --',
  usage: USAGE,
  options: { minutes: { type: 'string' }, every: { type: 'string' }, concurrency: { type: 'string' } },
});

// The hub's code is loaded once the command line is read: --help and a mistyped option answer at once.
const { signUserToken } = await import('@continuum/access');
const { buildDemoRegion, demoUser } = await import('@continuum/demo');
const { startEmbeddedPostgres } = await import('@continuum/dev');
const { SUPERGRAPH_FILE, prepareDatabases } = await import('./hub.ts');
const { freePort } = await import('./jest/free-port.ts');
const { startProcessTree } = await import('./process-tree.ts');
const { SUBGRAPH_MODULES } = await import('./subgraphs.ts');

const region = buildDemoRegion();
const featured = region.people.find((p) => p.id === region.featured.movedDirectPaymentToPhb)!;

/** The load: [demo user, operation, variables], asked round-robin. */
const LOAD: [string, string, Record<string, unknown>][] = [
  [
    'phb-lead.icb',
    `query ($id: ID!) { person(id: $id) { givenName familyName fundingHistory { __typename start end } paTeam { personalAssistant { familyName trainingRecords { course { title } completedOn } } } } }`,
    { id: featured.id },
  ],
  ['social-worker.newcastle', `query { people(first: 20) { edges { node { id familyName } } } }`, {}],
  [
    'chc-nurse.icb',
    `query { transitions(filter: { inFlight: true, funderCode: "QHM" }, first: 10) { edges { node { id status readiness { ready } } } } }`,
    {},
  ],
  ['support-adviser.tyneside-payroll', `query { councils { gssCode name } healthBodies { odsCode name } }`, {}],
];

/** A process's resident memory in MB (Linux /proc), or null once it has gone. */
function residentMb(pid: number): number | null {
  try {
    const line = fs
      .readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return line ? Math.round(Number(line.replace(/\D+/g, '')) / 1024) : null;
  } catch {
    return null;
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;

function wholeNumber(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min) throw new UsageError(`${name} must be a whole number of at least ${min}`);
  return Number(raw);
}

await runCommand('npm run soak --', async () => {
  const minutes = wholeNumber('--minutes', values.minutes, 30, 1);
  const everyS = wholeNumber('--every', values.every, 60, 5);
  const concurrency = wholeNumber('--concurrency', values.concurrency, 4, 1);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-soak-'));
  // The runtime roles' passwords for this run only (this process makes the roles, the services use them).
  process.env.CONTINUUM_DATABASE_SECRETS_FILE = path.join(work, 'secrets.json');
  // A directory of its own: the server takes it over as its data directory.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-soak-pg-'));
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  const stopAll: (() => Promise<unknown>)[] = [
    () => pg.stop(),
    async () => fs.rmSync(work, { recursive: true, force: true }),
    async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  ];
  try {
    process.stdout.write('Preparing and seeding the databases…\n');
    const databaseUrls = await prepareDatabases(pg.url, { seed: true });
    const ports: Record<string, number> = {};
    for (const name of [...SUBGRAPH_MODULES.map((m) => m.name), 'gateway']) ports[name] = await freePort();
    const tree = await startProcessTree({
      databaseUrls,
      mode: 'production',
      ports,
      keysDir: path.join(work, 'keys'),
      supergraphPath: SUPERGRAPH_FILE,
      dashboard: false,
      // The soak's few users ask far more than a person would: no rate limit; warnings only.
      env: { ...process.env, LOG_LEVEL: 'warn', CONTINUUM_RATE_LIMIT: '0' },
      output: (line) => process.stderr.write(`${line}\n`),
    });
    stopAll.unshift(() => tree.stop());
    const tokens = new Map<string, string>();
    for (const [user] of LOAD) tokens.set(user, await signUserToken(tree.keys.identityProvider, demoUser(user)));
    const processes = tree.services.map((s) => ({ name: s.name, pid: s.pid }));
    process.stdout.write(
      `Soaking for ${minutes} min, ${concurrency} requests in flight, a sample every ${everyS} s (memory: resident MB)\n\n`,
    );
    process.stdout.write(
      `${['min', 'requests', 'errors', 'p50 ms', 'p95 ms', 'p99 ms', ...processes.map((p) => p.name)].map((h) => h.padStart(9)).join('')}\n`,
    );

    let latencies: number[] = [];
    let errors = 0;
    const rows: { minute: number; p95: number; memory: (number | null)[] }[] = [];
    const endAt = performance.now() + minutes * 60_000;
    let next = 0;
    const worker = async () => {
      while (performance.now() < endAt) {
        const [user, query, variables] = LOAD[next++ % LOAD.length];
        const started = performance.now();
        try {
          const res = await fetch(tree.gatewayUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(user)}` },
            body: JSON.stringify({ query, variables }),
            signal: AbortSignal.timeout(30_000),
          });
          const body = (await res.json()) as { errors?: unknown[] };
          if (!res.ok || body.errors?.length) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - started);
      }
    };
    const sample = () => {
      const sorted = latencies.sort((a, b) => a - b);
      const row = {
        minute: Math.round((minutes * 60_000 - (endAt - performance.now())) / 600) / 100,
        p95: percentile(sorted, 95),
        memory: processes.map((p) => residentMb(p.pid)),
      };
      rows.push(row);
      const cells = [
        row.minute.toFixed(1),
        sorted.length,
        errors,
        percentile(sorted, 50),
        row.p95,
        percentile(sorted, 99),
        ...row.memory.map((m) => m ?? 'gone'),
      ];
      process.stdout.write(`${cells.map((c) => (typeof c === 'number' ? String(Math.round(c)) : c).padStart(9)).join('')}\n`);
      latencies = [];
      errors = 0;
    };
    let sampledAt = performance.now();
    const timer = setInterval(() => {
      sample();
      sampledAt = performance.now();
    }, everyS * 1000);
    await Promise.all(Array.from({ length: concurrency }, worker));
    clearInterval(timer);
    // The last stretch counts as an interval only if it is at least half of one.
    if (performance.now() - sampledAt >= (everyS * 1000) / 2 || !rows.length) sample();
    const [first, last] = [rows[0], rows.at(-1)!];
    process.stdout.write('\nFrom the first sample to the last:\n');
    for (const [i, p] of processes.entries()) {
      const [a, b] = [first.memory[i], last.memory[i]];
      const peak = Math.max(...rows.map((r) => r.memory[i] ?? 0));
      process.stdout.write(
        `  ${p.name.padEnd(9)} ${a} MB → ${b} MB (peak ${peak} MB${a && b ? `, ${b >= a ? '+' : ''}${Math.round(((b - a) / a) * 100)}%` : ''})\n`,
      );
    }
    process.stdout.write(`  p95 latency ${Math.round(first.p95)} ms → ${Math.round(last.p95)} ms\n`);
  } finally {
    for (const stop of stopAll) await stop().catch(() => {});
  }
});
