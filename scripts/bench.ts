/**
 * `npm run bench`: the hub as deployed (each subgraph and the gateway a process of its own, as
 * npm start runs them) on the demo region, on an embedded PostgreSQL of its own, with Hive Gateway
 * in front of the same subgraphs. For each scenario, as the ICB's CHC nurse, autocannon at each
 * connection count against our gateway and then against Hive's; prints requests per second, p50
 * and p99 latency, SQL statements per request (from the subgraphs' metrics) and ours/Hive, then
 * each service's peak RSS. Not a test: figures depend on the machine and on what else runs on it.
 */
import { exitWithUsageError, parseCommandLine, runCommand } from '@continuum/runtime/cli';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ServiceProcess } from './service-process.ts';
import { BENCH_SCENARIOS } from './bench-scenarios.ts';

const COMMAND = 'npm run bench --';
const { values } = parseCommandLine({
  command: COMMAND,
  usage: `Usage: ${COMMAND} [--duration <s>] [--connections <n,n,...>] [--scenarios <name,...>] [--cpu-prof <dir>]

Starts the hub as deployed on the demo region (its own embedded PostgreSQL, its data in
CONTINUUM_BENCH_DATA_DIR or the system's temporary directory, seeded on the first run) with Hive
Gateway in front of the same subgraphs, and runs autocannon against both for each scenario: ${BENCH_SCENARIOS.map((s) => s.name).join(', ')}.
Hive Gateway runs twice: as it comes ("hive", identical subgraph queries in flight sent once) and
sending each subgraph query as ours does ("each"). Prints requests per second, p50 and p99 (ms),
SQL statements per request, ours/hive and ours/each, and each service's peak RSS.

  --duration <s>          seconds per run (default 5)
  --connections <n,...>   concurrent connections (default 1,8,32)
  --scenarios <name,...>  which scenarios (default all)
  --cpu-prof <dir>        write a V8 CPU profile of every service to <dir> when it stops
  -h, --help              this help`,
  options: {
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '1,8,32' },
    scenarios: { type: 'string' },
    'cpu-prof': { type: 'string' },
  },
});
const duration = Number(values.duration);
if (!(duration > 0)) exitWithUsageError(COMMAND, '--duration must be a number of seconds above 0');
const connections = values.connections.split(',').map(Number);
if (connections.some((c) => !Number.isInteger(c) || c < 1)) exitWithUsageError(COMMAND, '--connections must be whole numbers, 1 or more');
const wanted = values.scenarios?.split(',') ?? BENCH_SCENARIOS.map((s) => s.name);
const unknown = wanted.filter((n) => !BENCH_SCENARIOS.some((s) => s.name === n));
if (unknown.length) exitWithUsageError(COMMAND, `no scenario ${unknown.join(', ')}`);
const scenarios = BENCH_SCENARIOS.filter((s) => wanted.includes(s.name));
const cpuProfDir = values['cpu-prof'] ? path.resolve(values['cpu-prof']) : null;

// The hub's code is loaded once the command line is read: --help and a mistyped option answer at once.
const { signInternalToken, signUserToken } = await import('@continuum/access');
const { demoUser, FEATURED_PERSON } = await import('@continuum/demo');
const { startEmbeddedPostgres } = await import('@continuum/dev');
const { modeFromEnvironment } = await import('@continuum/gateway');
const { envPrefix } = await import('@continuum/runtime');
const { default: autocannon } = await import('autocannon');
const { decideDemoAnchor } = await import('./demo-anchor.ts');
const { startHiveGateway } = await import('./hive-gateway.ts');
const { prepareDatabases, SUPERGRAPH_FILE } = await import('./hub.ts');
const { freePort } = await import('./jest/free-port.ts');
const { startProcessTree } = await import('./process-tree.ts');
const { SUBGRAPH_MODULES } = await import('./subgraphs.ts');

interface Run {
  rps: number;
  p50: number;
  p99: number;
  /** Requests answered with a status other than 200 or with GraphQL errors, and connection errors. */
  failures: number;
  statementsPerRequest: number;
}

/** SQL statements each subgraph has sent, from its metrics. */
async function statements(metricsUrls: string[]): Promise<number> {
  let total = 0;
  for (const url of metricsUrls) {
    const text = await (await fetch(url)).text();
    const line = text.split('\n').find((l) => l.startsWith('continuum_db_statements_total'));
    total += Number(line?.split(' ').at(-1) ?? 0);
  }
  return total;
}

async function load(url: string, authorization: string, body: string, conns: number, seconds: number, metricsUrls: string[]): Promise<Run> {
  const before = await statements(metricsUrls);
  // An answer with GraphQL errors (a subgraph's timeout among them) is a failure, whatever its status.
  let answeredWithErrors = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body,
    connections: conns,
    duration: seconds,
    requests: [
      {
        onResponse: (_status: number, answer: string) => {
          if (answer.includes('"errors":')) answeredWithErrors++;
        },
      },
    ],
  });
  const sent = await statements(metricsUrls);
  const answered = result.requests.total || 1;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts + answeredWithErrors,
    statementsPerRequest: (sent - before) / answered,
  };
}

/** Peak resident set (VmHWM) of a process, in MB. */
function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function post(url: string, authorization: string, body: string): Promise<{ data?: unknown; errors?: unknown[] }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body });
  return (await res.json()) as { data?: unknown; errors?: unknown[] };
}

async function main() {
  // Kept between runs (seeded once); outside .continuum, which only its owner may enter and PostgreSQL runs as its own user.
  const dataDir = process.env.CONTINUUM_BENCH_DATA_DIR ?? path.join(os.tmpdir(), 'continuum-bench-pgdata');
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  const stops: (() => Promise<void>)[] = [() => pg.stop()];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
  try {
    const anchor = await decideDemoAnchor(pg.url, { seeding: true });
    process.env.CONTINUUM_DEMO_ANCHOR = anchor.day;
    console.log(anchor.message);
    const databaseUrls = await prepareDatabases(pg.url, { seed: true, anchor: anchor.day });
    const names = [...SUBGRAPH_MODULES.map((m) => m.name), 'gateway'];
    const ports = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await freePort()] as const)));
    const metricsPorts = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await freePort()] as const)));
    const env: Record<string, string | undefined> = {
      ...process.env,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      // The benchmark's one user would otherwise be held to a person's rate.
      CONTINUUM_RATE_LIMIT: '0',
      ...Object.fromEntries(names.map((n) => [`${envPrefix(n)}_METRICS_PORT`, String(metricsPorts[n])])),
    };
    const nodeArgs = cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : [];
    const keysDir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-bench-keys-'));
    const tree = await startProcessTree({
      databaseUrls,
      mode: modeFromEnvironment(process.env),
      ports,
      keysDir,
      supergraphPath: SUPERGRAPH_FILE,
      env,
      dashboard: false,
      nodeArgs,
      output: (l) => console.log(l),
      log: (l) => console.log(`  ${l}`),
    });
    stops.push(() => tree.stop());
    const urls = Object.fromEntries(tree.services.filter((s) => s.name !== 'gateway').map((s) => [s.name, s.url]));
    // Hive as it comes (identical subgraph queries in flight sent once) and Hive sending each, as ours does.
    const hives: ServiceProcess[] = [];
    for (const deduplicate of [true, false]) {
      const hive = await startHiveGateway({
        supergraphSdl: fs.readFileSync(SUPERGRAPH_FILE, 'utf8'),
        urls,
        output: (l) => console.log(l),
        nodeArgs,
        deduplicate,
      });
      stops.push(() => hive.stop());
      hives.push(hive);
      console.log(`  ${hive.name.padEnd(9)} ${hive.url} (process ${hive.pid})`);
    }
    const subgraphMetrics = SUBGRAPH_MODULES.map((m) => `http://127.0.0.1:${metricsPorts[m.name]}/metrics`);

    const oursToken = async (user: string) => `Bearer ${await signUserToken(tree.keys.identityProvider, demoUser(user))}`;
    // Hive authenticates no one: it is handed the token our gateway would sign for the same caller (60 s; signed again per run).
    const hiveToken = async (user: string) => `Bearer ${await signInternalToken(tree.keys.gateway, demoUser(user))}`;

    const rows: string[] = [];
    const cols = (name: string) => `${`${name} rps`.padStart(8)} ${'p50'.padStart(7)} ${'p99'.padStart(7)} ${'sql/req'.padStart(7)}`;
    const header = `${'scenario'.padEnd(22)} ${'conns'.padStart(5)} | ${cols('ours')} | ${cols('hive')} | ${cols('each')} | ours/hive ours/each`;
    const fmt = (r: Run) =>
      `${r.rps.toFixed(1).padStart(8)} ${r.p50.toFixed(1).padStart(7)} ${r.p99.toFixed(1).padStart(7)} ${r.statementsPerRequest.toFixed(1).padStart(7)}`;
    for (const scenario of scenarios) {
      const ours = await oursToken(scenario.user);
      const ask = (query: string) => post(tree.gatewayUrl, ours, JSON.stringify({ query }));
      const body = JSON.stringify(await scenario.operation({ featuredNhsNumber: FEATURED_PERSON.nhsNumber, ask }));
      const a = await post(tree.gatewayUrl, ours, body);
      if (a.errors) {
        console.log(`! ${scenario.name}: skipped, our gateway answered errors: ${JSON.stringify(a.errors).slice(0, 300)}`);
        continue;
      }
      const b = await post(hives[0]!.url, await hiveToken(scenario.user), body);
      const same = JSON.stringify(a.data) === JSON.stringify(b.data) && !b.errors;
      if (!same) console.log(`! ${scenario.name}: Hive Gateway's answer differs from ours; its figures are for a different answer`);
      // Warm each (plans cached, pools filled, JIT) before measuring.
      await load(tree.gatewayUrl, ours, body, 2, 1, []);
      for (const hive of hives) await load(hive.url, await hiveToken(scenario.user), body, 2, 1, []);
      for (const conns of connections) {
        const o = await load(tree.gatewayUrl, ours, body, conns, duration, subgraphMetrics);
        const [h, e] = [
          await load(hives[0]!.url, await hiveToken(scenario.user), body, conns, duration, subgraphMetrics),
          await load(hives[1]!.url, await hiveToken(scenario.user), body, conns, duration, subgraphMetrics),
        ];
        const failures =
          o.failures || h.failures || e.failures ? `  (failed: ours ${o.failures}, hive ${h.failures}, each ${e.failures})` : '';
        const ratios = `${(o.rps / (h.rps || 1)).toFixed(2).padStart(9)} ${(o.rps / (e.rps || 1)).toFixed(2).padStart(9)}`;
        const row = `${`${scenario.name}${same ? '' : '*'}`.padEnd(22)} ${String(conns).padStart(5)} | ${fmt(o)} | ${fmt(h)} | ${fmt(e)} | ${ratios}${failures}`;
        rows.push(row);
        console.log(row);
      }
    }
    const rss = [...tree.services, ...hives].map((s) => `${s.name} ${peakRssMb(s.pid)} MB`).join(', ');
    console.log(
      `\n${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${duration} s per run, load average ${os.loadavg()[0]!.toFixed(1)}\n`,
    );
    console.log(
      'hive: Hive Gateway as it comes; each: Hive Gateway sending every subgraph query (no in-flight deduplication), as ours does',
    );
    console.log(header);
    for (const row of rows) console.log(row);
    console.log(`\nPeak RSS: ${rss}`);
    if (rows.some((r) => r.includes('*'))) console.log('* Hive Gateway answered this scenario differently from ours.');
  } finally {
    await stopAll();
  }
}

await runCommand(COMMAND, main);
