import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { graphqlError } from './error-codes.ts';
import { INTERNAL_ERROR_MESSAGE, logInternalError } from './internal-errors.ts';
import { jsonLogger, type Logger } from './logger.ts';
import type { ServiceMetrics } from './metrics.ts';
import { answerProbe, PROBE_PATHS } from './probes.ts';
import type { Readiness } from './readiness.ts';
import { observeRequest } from './observed-request.ts';

/** Requests larger than this are refused before parsing. */
const MAX_BODY_BYTES = 1_000_000;

export interface HttpOptions<Ctx extends BaseContext> {
  port: number;
  host: string;
  context: (req: http.IncomingMessage) => Promise<Ctx>;
  /** Answers GET /health (the request tells who asks); a thrown error answers 503, its reason logged, not sent. */
  health?: (req: http.IncomingMessage) => Promise<unknown>;
  /** Where failures and each request are logged (the JSON logger by default). */
  logger?: Logger;
  /** Answers a request itself (resolving true) before the GraphQL endpoint sees it, e.g. the gateway's explorer. */
  routes?: (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<boolean>;
  /** The service's name in its spans and log lines. */
  service?: string;
  /** The level of each GraphQL request's access line (info by default). */
  requestLog?: 'info' | 'debug';
  /** Answers GET /health/ready: 200 when ready, 503 otherwise (ready when not given). */
  ready?: () => Promise<Readiness>;
  /** Whether the request comes from the hub's operator, who alone sees the details of /health/ready. */
  isOperator?: (req: http.IncomingMessage) => Promise<boolean>;
  /** Counts every response by route and status. */
  metrics?: ServiceMetrics;
}

export interface RunningHttp {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves an Apollo Server on node:http at /graphql, with GET /health beside it.
 * (Apollo Server 5 ships no Express integration; this is the whole integration.)
 */
export async function serveHttp<Ctx extends BaseContext>(server: ApolloServer<Ctx>, opts: HttpOptions<Ctx>): Promise<RunningHttp> {
  const observed = { service: opts.service ?? 'graphql', logger: opts.logger ?? jsonLogger, requestLog: opts.requestLog };
  const httpServer = http.createServer((req, res) => {
    if (opts.metrics) countResponse(opts.metrics, req, res);
    // Each request with its request id, its trace (continued from the caller's) and its access log line.
    void observeRequest(observed, req, res, () =>
      handle(server, opts, req, res).catch((err) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [graphqlError('INTERNAL_SERVER_ERROR', INTERNAL_ERROR_MESSAGE)] }));
        logInternalError(randomUUID(), 'http', err, observed.logger);
      }),
    );
  });
  httpServer.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(opts.port, opts.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://${opts.host}:${port}/graphql`,
    port,
    close: async () => {
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeIdleConnections();
        setTimeout(() => httpServer.closeAllConnections(), 2_000).unref();
      });
    },
  };
}

async function handle<Ctx extends BaseContext>(
  server: ApolloServer<Ctx>,
  opts: HttpOptions<Ctx>,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (PROBE_PATHS.has(url.pathname) && req.method === 'GET') return answerProbe(url.pathname, req, res, opts);
  if (url.pathname === '/health' && req.method === 'GET') {
    try {
      const body = opts.health ? await opts.health(req) : { status: 'ok' };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    } catch (err) {
      // The reason (a database error, an address) is for the operator's log, not for whoever asks.
      logInternalError(randomUUID(), 'health', err, opts.logger ?? jsonLogger);
      res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'unavailable' }));
    }
    return;
  }
  if (opts.routes && (await opts.routes(req, res, url))) return;
  if (url.pathname !== '/graphql') {
    res
      .writeHead(404, { 'content-type': 'application/json' })
      .end(JSON.stringify({ error: 'not found: the GraphQL endpoint is /graphql' }));
    return;
  }
  const raw = await readBody(req);
  if (raw === null) {
    res
      .writeHead(413, { 'content-type': 'application/json' })
      .end(JSON.stringify({ errors: [graphqlError('PAYLOAD_TOO_LARGE', 'Request body too large')] }));
    return;
  }
  let body: unknown = undefined;
  if (raw.length > 0) {
    try {
      body = JSON.parse(raw);
    } catch {
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [graphqlError('BAD_REQUEST', 'Request body is not valid JSON')] }));
      return;
    }
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const result = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
    context: () => opts.context(req),
  });
  for (const [key, value] of result.headers) res.setHeader(key, value);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    res.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Routes are counted by name, anything else as one: a scanner's paths must not each make a series. */
function countResponse(metrics: ServiceMetrics, req: http.IncomingMessage, res: http.ServerResponse): void {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const route = pathname === '/graphql' || pathname === '/health' || PROBE_PATHS.has(pathname) ? pathname : '(other)';
  res.once('finish', () => metrics.httpResponse(route, res.statusCode));
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
