/**
 * The schema registry's HTTP API on the hub, served beside /graphql when the gateway is given the
 * registry in PostgreSQL. Every request carries `Authorization: Bearer …`: a hub administrator
 * (a token of the hub's own services) may do anything; a partner's credential (issued by an
 * administrator, `cntm_reg_…`) may check and publish its own subgraph, and read its own history.
 *
 *   GET  /registry/subgraphs                      every subgraph in the graph
 *   PUT  /registry/subgraphs/<name>               register a partner  { url, organisation, contact, timeoutMs? }   (administrators)
 *   POST /registry/subgraphs/<name>/credentials   issue a partner's credential, shown once                       (administrators)
 *   POST /registry/subgraphs/<name>/check         { sdl }: composes? breaks a registered operation?
 *   POST /registry/subgraphs/<name>/publish       { sdl }: checks, then publishes in one transaction (422 with the report when the check fails)
 *   GET  /registry/history[?subgraph=<name>]      the publishes, oldest first
 */
import { graphqlError, isHubService, type Caller, type Logger } from '@continuum/runtime';
import { RegistryError, type CheckReport } from '@continuum/schema/registry';
import type { SharedRegistry } from '@continuum/schema/shared-registry';
import type http from 'node:http';
import type { RouteHandler } from './explorer/routes.ts';
import { readJsonObject, Refusal } from './json-api.ts';

const BODY_LIMIT = 1_000_000;

/** Who is asking: a hub administrator, or the partner whose subgraph a credential is for. */
type RegistryCaller = { admin: true; by: string } | { admin: false; subgraph: string; by: string };

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers })
    .end(JSON.stringify(body));
}

const readJson = (req: http.IncomingMessage) => readJsonObject(req, BODY_LIMIT);

/** The check's findings without the composed supergraph (which the history keeps). */
function findings(r: CheckReport) {
  const { supergraphSdl: _omitted, ...rest } = r;
  return rest;
}

export function registryRoutes(opts: {
  registry: SharedRegistry;
  authenticate: (authorization: string | undefined) => Promise<Caller>;
  logger: Logger;
}): RouteHandler {
  const { registry } = opts;

  async function who(req: http.IncomingMessage): Promise<RegistryCaller> {
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
    if (!token)
      throw new Refusal(401, 'UNAUTHENTICATED', 'The registry answers only a hub administrator or a partner, with Authorization: Bearer …');
    const subgraph = await registry.credentialSubgraph(token);
    if (subgraph) return { admin: false, subgraph, by: `partner:${subgraph}` };
    const caller = await opts.authenticate(header).catch(() => null);
    if (caller && isHubService(caller)) return { admin: true, by: caller.userId };
    throw new Refusal(401, 'UNAUTHENTICATED', 'The token is neither a hub administrator’s nor a partner credential the registry issued');
  }

  const mayActFor = (caller: RegistryCaller, name: string) => {
    if (caller.admin || caller.subgraph === name) return;
    throw new Refusal(403, 'FORBIDDEN', `A partner's credential acts for its own subgraph only (${caller.subgraph}), not ${name}`);
  };
  const adminOnly = (caller: RegistryCaller, what: string) => {
    if (!caller.admin) throw new Refusal(403, 'FORBIDDEN', `Only a hub administrator may ${what}`);
  };
  const sdlOf = (body: Record<string, unknown>) => {
    if (typeof body.sdl !== 'string' || !body.sdl.trim())
      throw new Refusal(400, 'BAD_USER_INPUT', 'sdl: the subgraph schema (SDL) as a string is required');
    return body.sdl;
  };

  async function answer(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const caller = await who(req);
    const [, collection, name, action] = parts;
    if (req.method === 'GET' && collection === 'history' && parts.length === 2) {
      const asked = url.searchParams.get('subgraph') ?? undefined;
      if (!caller.admin && asked && asked !== caller.subgraph) mayActFor(caller, asked);
      return send(res, 200, { history: await registry.history(caller.admin ? asked : caller.subgraph) });
    }
    if (collection !== 'subgraphs') throw new Refusal(404, 'NOT_FOUND', `No registry resource at ${url.pathname}`);
    if (req.method === 'GET' && !name) return send(res, 200, { subgraphs: await registry.list() });
    if (!name) throw new Refusal(405, 'BAD_REQUEST', `${req.method} ${url.pathname} is not a registry request`);
    if (req.method === 'PUT' && !action) {
      adminOnly(caller, 'register a subgraph');
      const body = await readJson(req);
      const registration = await registry.register(
        {
          name,
          url: String(body.url ?? ''),
          organisation: String(body.organisation ?? ''),
          contact: String(body.contact ?? ''),
          ...(body.timeoutMs !== undefined ? { timeoutMs: Number(body.timeoutMs) } : {}),
        },
        caller.by,
      );
      // A published partner's new URL reaches the gateways as a new supergraph.
      if (registration.published) await registry.recompose(name, caller.by);
      return send(res, 200, { registration });
    }
    if (req.method !== 'POST') throw new Refusal(405, 'BAD_REQUEST', `${req.method} ${url.pathname} is not a registry request`);
    if (action === 'credentials') {
      adminOnly(caller, "issue a partner's credential");
      return send(res, 201, { subgraph: name, credential: await registry.issueCredential(name, caller.by) });
    }
    if (action === 'check' || action === 'publish') {
      mayActFor(caller, name);
      const sdl = sdlOf(await readJson(req));
      if (action === 'check') {
        const report = await registry.check(name, sdl);
        return send(res, 200, { ok: report.ok, report: findings(report) });
      }
      const result = await registry.publish(name, sdl, caller.by);
      return send(res, result.report.ok ? 200 : 422, {
        ok: result.report.ok,
        published: result.published,
        unchanged: result.unchanged,
        report: findings(result.report),
      });
    }
    throw new Refusal(404, 'NOT_FOUND', `No registry resource at ${url.pathname}`);
  }

  return async (req, res, url) => {
    if (url.pathname !== '/registry' && !url.pathname.startsWith('/registry/')) return false;
    try {
      await answer(req, res, url);
    } catch (err) {
      if (err instanceof Refusal) send(res, err.status, { errors: [graphqlError(err.code, err.message)] });
      else if (err instanceof RegistryError) send(res, 400, { errors: [graphqlError('BAD_USER_INPUT', err.message)] });
      else throw err;
    }
    return true;
  };
}
