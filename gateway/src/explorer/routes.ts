/**
 * The explorer's routes beside the GraphQL endpoint. In development: GET /graphql from a browser
 * (Accept: text/html) answers the explorer page, GET /explorer/<file> its files, and
 * POST /explorer/token a demo user's token. In production none of them exists: a browser at
 * /graphql is told so in plain text (404), and the other paths are not found.
 */
import fs from 'node:fs';
import type http from 'node:http';
import Negotiator from 'negotiator';
import type { HubMode } from '../mode.ts';
import { explorerAssets } from './assets.ts';
import { EXPLORER_CSP, EXPLORER_CSS, explorerPage } from './page.ts';
import type { ExplorerSignIn } from './sign-in.ts';

/** Answers a request itself (true) or leaves it to the GraphQL endpoint and the rest (false). */
export type RouteHandler = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<boolean>;

const TOKEN_BODY_LIMIT = 1_000;

/** Whether a GET is a browser's rather than a GraphQL client's, decided as Apollo Server decides it (its list, its order). */
function prefersHtml(req: http.IncomingMessage): boolean {
  if (req.method !== 'GET' || !req.headers.accept) return false;
  const offered = [
    'application/json; charset=utf-8',
    'application/graphql-response+json; charset=utf-8',
    'multipart/mixed; deferSpec=20220824',
    'multipart/mixed; incrementalSpec=v0.2',
    'multipart/mixed',
    'text/html',
  ];
  return new Negotiator({ headers: { accept: req.headers.accept } }).mediaType(offered) === 'text/html';
}

function plain(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(`${text}\n`);
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

function readSmallBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let text = '';
    let tooLarge = false;
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      if (text.length + chunk.length > TOKEN_BODY_LIMIT) tooLarge = true;
      else text += chunk;
    });
    req.on('end', () => resolve(tooLarge ? null : text));
    req.on('error', reject);
  });
}

export function explorerRoutes(opts: { mode: HubMode; graphqlPath: string; signIn: ExplorerSignIn | null }): RouteHandler {
  if (opts.mode === 'production') {
    return async (req, res, url) => {
      if (url.pathname !== opts.graphqlPath || !prefersHtml(req)) return false;
      plain(res, 404, `No explorer in production. Send GraphQL requests to ${opts.graphqlPath} as POST (application/json).`);
      return true;
    };
  }
  const found = explorerAssets();
  const users = opts.signIn?.users ?? [];
  const page = explorerPage({ users });
  return async (req, res, url) => {
    if (url.pathname === opts.graphqlPath && prefersHtml(req)) {
      if ('missing' in found) plain(res, 404, `No explorer: ${found.missing}.`);
      else
        res
          .writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': EXPLORER_CSP,
            'cache-control': 'no-store',
          })
          .end(page);
      return true;
    }
    if (!url.pathname.startsWith('/explorer/')) return false;
    const name = url.pathname.slice('/explorer/'.length);
    if (name === 'token' && req.method === 'POST') {
      await mintToken(req, res, opts.signIn);
      return true;
    }
    if (req.method !== 'GET') return false;
    if (name === 'explorer.css') {
      res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' }).end(EXPLORER_CSS);
      return true;
    }
    const asset = 'assets' in found ? found.assets.get(name) : undefined;
    if (!asset) return false;
    res.writeHead(200, { 'content-type': asset.contentType, 'cache-control': 'no-cache' });
    await new Promise<void>((resolve, reject) => fs.createReadStream(asset.file).on('error', reject).pipe(res).on('finish', resolve));
    return true;
  };
}

/** POST /explorer/token {"userId": "..."}: a demo user's token. JSON only, so a plain cross-site form cannot ask. */
async function mintToken(req: http.IncomingMessage, res: http.ServerResponse, signIn: ExplorerSignIn | null): Promise<void> {
  if (!signIn) return json(res, 404, { error: 'no demo users here: the demo identity provider is not in use' });
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? ''))
    return json(res, 415, { error: 'send {"userId": "..."} as application/json' });
  const text = await readSmallBody(req);
  let userId: unknown;
  try {
    userId = text === null ? undefined : (JSON.parse(text) as { userId?: unknown }).userId;
  } catch {
    userId = undefined;
  }
  if (typeof userId !== 'string' || !signIn.users.some((u) => u.userId === userId))
    return json(res, 400, { error: 'userId must name a demo user', users: signIn.users.map((u) => u.userId) });
  json(res, 200, { userId, token: await signIn.token(userId) });
}
