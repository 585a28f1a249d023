/**
 * The probes every service answers beside GET /health:
 *
 * - GET /health/live: the process is up and serving HTTP. Always 200, checks nothing, so a
 *   restart is never ordered because a dependency is down.
 * - GET /health/ready: whether to send it traffic. 200 `{"status":"ready"}` or 503
 *   `{"status":"unready"}`; the hub's operator also sees what was checked and what failed.
 */
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { logInternalError } from './internal-errors.ts';
import { jsonLogger, type Logger } from './logger.ts';
import type { Readiness } from './readiness.ts';

export const PROBE_PATHS: ReadonlySet<string> = new Set(['/health/live', '/health/ready']);

export interface ProbeOptions {
  ready?: () => Promise<Readiness>;
  isOperator?: (req: http.IncomingMessage) => Promise<boolean>;
  logger?: Logger;
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

export async function answerProbe(path: string, req: http.IncomingMessage, res: http.ServerResponse, opts: ProbeOptions): Promise<void> {
  if (path === '/health/live') return json(res, 200, { status: 'live' });
  let readiness: Readiness;
  try {
    readiness = opts.ready ? await opts.ready() : { ready: true, details: {} };
  } catch (err) {
    // A check that throws is a failed check; its reason is for the log.
    logInternalError(randomUUID(), 'readiness', err, opts.logger ?? jsonLogger);
    readiness = { ready: false, details: { reason: 'the readiness check failed; see the log' } };
  }
  const status = readiness.ready ? 'ready' : 'unready';
  const operator = opts.isOperator ? await opts.isOperator(req).catch(() => false) : false;
  json(res, readiness.ready ? 200 : 503, operator ? { status, ...readiness.details } : { status });
}
