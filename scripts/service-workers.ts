/**
 * One service as several processes sharing its ports (`<NAME>_WORKERS`, started by
 * process-tree.ts): this primary forks CONTINUUM_SERVICE_WORKERS workers of the service's entry
 * (CONTINUUM_SERVICE_ENTRY) with node:cluster, whose listening sockets the primary shares out, and
 * stays their one process to the launcher: SIGTERM or SIGINT ends every worker, then the primary;
 * a worker that dies on its own ends the rest and the primary, with the worker's exit code (1 when
 * a signal ended it), so the launcher sees the service die. A subgraph's workers take turns at
 * migrations (takeStartupTurn), as replicas do. Each worker serves its own metrics on the shared
 * metrics port, so one scrape sees one worker.
 */
import cluster, { type Worker } from 'node:cluster';

const entry = process.env.CONTINUUM_SERVICE_ENTRY;
const count = Number(process.env.CONTINUUM_SERVICE_WORKERS);
if (!entry || !Number.isInteger(count) || count < 1) {
  console.error('service-workers: set CONTINUUM_SERVICE_ENTRY and CONTINUUM_SERVICE_WORKERS (a whole number, 1 or more)');
  process.exit(2);
}

// The workers run the entry with this process's Node options (--import tsx, a --cpu-prof), each profiled on its own.
cluster.setupPrimary({ exec: entry, execArgv: process.execArgv });
const workers = new Set<Worker>();
let stopping = false;

function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  if (workers.size === 0) process.exit(code);
  for (const w of workers) w.process.kill('SIGTERM');
  const end = () => workers.size === 0 && process.exit(code);
  cluster.on('exit', end);
  // A worker that has not gone within 10 s is ended.
  setTimeout(() => {
    for (const w of workers) w.process.kill('SIGKILL');
  }, 10_000).unref();
}

cluster.on('exit', (worker, code, signal) => {
  workers.delete(worker);
  if (!stopping) {
    console.error(`worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); stopping the other workers`);
    stopAll(code || 1);
  }
});
for (let i = 0; i < count; i++) workers.add(cluster.fork());
process.on('SIGTERM', () => stopAll(0));
process.on('SIGINT', () => stopAll(0));
