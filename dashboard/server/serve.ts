/**
 * The dashboard's own small server: the built pages and their assets, /graphql passed on to
 * the gateway with the signed-in commissioner's token added (so no token ever reaches the
 * browser; only the dashboard's own persisted operations, as JSON: forward.ts), and /session
 * saying who that is.
 * Pages are paths of one single-page app, so any other path without a file extension gets
 * index.html.
 */
import {
  errorFields,
  graphqlError,
  jsonLogger,
  observedListener,
  propagationHeaders,
  todayIso,
  withFields,
  type Logger,
} from '@continuum/runtime';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { DashboardSignIn } from './sign-in.ts';
import { DIST_DIR } from './build.ts';
import { checkDashboardRequest, loadOperationHashes } from './forward.ts';
import { dashboardOperability, errorCodes, type DashboardOperability } from './operability.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** GraphQL requests from the dashboard are small; anything bigger is refused. */
const MAX_BODY_BYTES = 64 * 1024;

const NHSUK_IMAGES = path.join(
  path.dirname(createRequire(import.meta.url).resolve('nhsuk-frontend/package.json')),
  'dist',
  'nhsuk',
  'assets',
  'images',
);

export interface DashboardServerOptions {
  port: number;
  host?: string;
  gatewayUrl: string;
  /** Who each request is made for: every request to the gateway carries that reader's token. */
  signIn: DashboardSignIn;
  distDir?: string;
  /** The manifest of the dashboard's persisted operations: the only ones forwarded. */
  operationsFile?: string;
  /** Where its log lines go (the JSON logger by default). */
  logger?: Logger;
  /** Whether a request comes from the hub's operator, who alone sees what /health/ready checked (operatorCheck in @continuum/access). */
  isOperator?: (req: http.IncomingMessage) => Promise<boolean>;
  /** A management port for GET /metrics (0: any free one); none when not given. */
  metricsPort?: number;
  metricsHost?: string;
  /** How long a /health/ready answer is reused (default 2,000 ms). */
  readinessCacheMs?: number;
}

export interface RunningDashboard {
  url: string;
  port: number;
  /** Where its metrics are served, when a management port was given. */
  metricsUrl?: string;
  stop(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': type, ...SECURITY_HEADERS, ...extra });
  res.end(body);
}

async function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The answer for a request no one is signed in for (the authenticating proxy signs the reader in). */
function notSignedIn(res: http.ServerResponse) {
  send(
    res,
    401,
    'application/json',
    JSON.stringify({
      errors: [
        graphqlError('UNAUTHENTICATED', 'Sign in through your organisation to see the dashboards: no valid sign-in came with this request'),
      ],
    }),
    { 'cache-control': 'no-store' },
  );
}

async function forwardToGateway(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  gatewayUrl: string,
  signIn: DashboardSignIn,
  hashes: ReadonlySet<string>,
  ops: DashboardOperability,
  logger: Logger,
) {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const raw = await readBody(req);
  if (raw === null) {
    ops.forwarded(undefined, seconds(), ['BAD_REQUEST']);
    return send(res, 413, 'application/json', JSON.stringify({ errors: [graphqlError('BAD_REQUEST', 'Request too large')] }));
  }
  // Only the dashboard's own operations, as JSON: nothing else travels with the commissioner's token.
  const checked = checkDashboardRequest(req.headers['content-type'], raw, hashes);
  if (!checked.ok) {
    ops.forwarded(undefined, seconds(), [checked.code]);
    return send(res, checked.status, 'application/json', JSON.stringify({ errors: [graphqlError(checked.code, checked.message)] }));
  }
  const reader = await signIn.signedIn(req);
  if (!reader) {
    ops.forwarded(undefined, seconds(), ['UNAUTHENTICATED']);
    return notSignedIn(res);
  }
  try {
    const answer = await fetch(gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        authorization: `Bearer ${reader.token}`,
        // The gateway logs and traces this request under the same request id and trace.
        ...propagationHeaders(),
      },
      body: checked.body,
      signal: AbortSignal.timeout(30_000),
    });
    const body = Buffer.from(await answer.arrayBuffer());
    ops.forwarded(persistedHash(checked.body), seconds(), errorCodes(body));
    send(res, answer.status, answer.headers.get('content-type') ?? 'application/json', body, {
      'cache-control': 'no-store',
    });
  } catch (err) {
    logger.warn('gateway unreachable', errorFields(err));
    ops.forwarded(persistedHash(checked.body), seconds(), ['GATEWAY_UNREACHABLE']);
    send(res, 502, 'application/json', JSON.stringify({ errors: [graphqlError('GATEWAY_UNREACHABLE', 'The hub could not be reached')] }));
  }
}

/** The hash of the persisted operation a checked request names. */
function persistedHash(body: string): string | undefined {
  return (JSON.parse(body) as { extensions: { persistedQuery: { sha256Hash: string } } }).extensions.persistedQuery.sha256Hash;
}

/** A file under root, or null; never a path that climbs out of it. */
function fileUnder(root: string, urlPath: string): string | null {
  const full = path.resolve(root, `.${decodeURIComponent(urlPath)}`);
  if (!full.startsWith(root + path.sep)) return null;
  return fs.existsSync(full) && fs.statSync(full).isFile() ? full : null;
}

export async function startDashboardServer(opts: DashboardServerOptions): Promise<RunningDashboard> {
  const dist = opts.distDir ?? DIST_DIR;
  const index = fs.readFileSync(path.join(dist, 'index.html'));
  const hashes = loadOperationHashes(opts.operationsFile);
  const ops = dashboardOperability(opts);
  const logger = withFields(opts.logger ?? jsonLogger, { service: 'dashboard' });
  // Each request with its request id, its trace when tracing is on, and its access log line.
  const server = http.createServer(
    observedListener({ service: 'dashboard', logger }, (req, res) => {
      const { pathname } = new URL(req.url ?? '/', 'http://dashboard');
      ops.count(pathname, res);
      if (pathname === '/graphql') {
        if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only', { allow: 'POST' });
        forwardToGateway(req, res, opts.gatewayUrl, opts.signIn, hashes, ops, logger).catch((err: unknown) => {
          logger.error('dashboard request failed', errorFields(err));
          send(res, 500, 'text/plain', 'error');
        });
        return;
      }
      // The probes answer JSON, never the page; /metrics is served on the management port only.
      if (req.method === 'GET' && ops.answer(pathname, req, res)) return;
      // Who is signed in (a name, a role and their organisation, never the token), and the hub's today, which bounds the periods a page offers.
      if (pathname === '/session') {
        opts.signIn
          .signedIn(req)
          .then((reader) =>
            reader
              ? send(res, 200, 'application/json', JSON.stringify({ ...reader.user, today: todayIso() }), { 'cache-control': 'no-store' })
              : notSignedIn(res),
          )
          .catch((err: unknown) => {
            logger.error('dashboard sign-in failed', errorFields(err));
            send(res, 500, 'text/plain', 'error');
          });
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only', { allow: 'GET, HEAD' });
      const file = pathname.startsWith('/assets/images/')
        ? fileUnder(NHSUK_IMAGES, pathname.slice('/assets/images'.length))
        : fileUnder(dist, pathname);
      if (file) {
        const hashed = pathname.startsWith('/assets/') && !pathname.startsWith('/assets/images/');
        return send(res, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file), {
          'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        });
      }
      if (path.extname(pathname)) return send(res, 404, 'text/plain', 'Not found');
      send(res, 200, TYPES['.html']!, index, { 'cache-control': 'no-cache' });
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const metricsServer = await ops.serveMetrics(opts.metricsPort, opts.metricsHost);
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}/`,
    port,
    metricsUrl: metricsServer?.url,
    stop: async () => {
      await metricsServer?.close();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
