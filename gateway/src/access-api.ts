/**
 * The hub's access API for partners' subgraphs, served by the gateway under /access, so a partner
 * run by another organisation needs no credential for the access store's database:
 *
 *   POST /access/decisions  { people: [id…], pas: [id…] }  → { people: [Decision…], pas: [Decision…] }
 *   POST /access/audit      { rows: [AuditRow…] }          → 204, the rows written to the audit trail
 *
 * Each call carries `Authorization: Bearer <the caller token the gateway signed for the request
 * the partner is answering>`. That token is the partner's proof: it names the caller and the
 * subgraph it was sent to, which must be a partner in the graph served now (the hub's own
 * subgraphs use the store directly). The hub decides for that caller only, by the same rules and
 * facts as its own subgraphs (AccessDecisions), and records audit rows only as that caller and
 * that subgraph: a row naming anyone else is refused, and nothing of the call is written.
 */
import {
  ACCESS_API_BATCH,
  ACCESS_API_PATHS,
  AccessDecisions,
  INTERNAL_AUDIENCE,
  INTERNAL_ISSUER,
  SUBGRAPH_CLAIM,
  TokenRejected,
  bearerToken,
  cachingTokenVerifier,
  type AccessStore,
  type AuditRow,
} from '@continuum/access';
import { graphqlError, isId, SUBGRAPHS, type Caller } from '@continuum/runtime';
import type { JWTVerifyGetKey } from 'jose';
import type http from 'node:http';
import type { RouteHandler } from './explorer/routes.ts';
import { readJsonObject, Refusal } from './json-api.ts';

export const ACCESS_API_PREFIX = '/access';
// A large page's audit rows name every record read: room for tens of thousands of ids.
const BODY_LIMIT = 10_000_000;

function send(res: http.ServerResponse, status: number, body?: unknown): void {
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  if (status === 401) headers['www-authenticate'] = 'Bearer';
  if (body === undefined) return void res.writeHead(status, headers).end();
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

const readJson = (req: http.IncomingMessage) => readJsonObject(req, BODY_LIMIT);

const badInput = (field: string, reason: string) => new Refusal(400, 'BAD_USER_INPUT', `${field}: ${reason}`);

/** A list of person or PA ids, each a UUID, at most ACCESS_API_BATCH. */
function ids(body: Record<string, unknown>, field: 'people' | 'pas'): string[] {
  const value = body[field] ?? [];
  if (!Array.isArray(value) || value.length > ACCESS_API_BATCH)
    throw badInput(field, `a list of at most ${ACCESS_API_BATCH} ids is expected`);
  if (!value.every((v): v is string => typeof v === 'string' && isId(v))) throw badInput(field, 'every id must be a UUID');
  return value;
}

const optionalId = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && isId(v));
const text = (v: unknown, max = 200) => typeof v === 'string' && v.length > 0 && v.length <= max;
const texts = (v: unknown) => Array.isArray(v) && v.length <= 20_000 && v.every((x) => text(x, 200));

/** Why a row cannot be recorded as it stands (its shape), or null. */
function shapeProblem(row: Record<string, unknown>): string | null {
  if (!['READ', 'WRITE'].includes(row.action as string)) return 'action must be READ or WRITE';
  if (!['ALLOWED', 'DENIED'].includes(row.outcome as string)) return 'outcome must be ALLOWED or DENIED';
  if (!text(row.requestId, 100)) return 'requestId is required';
  if (!text(row.recordType)) return 'recordType is required';
  if (!texts(row.recordIds)) return 'recordIds must be a list of ids';
  if (!texts(row.fields)) return 'fields must be a list of field names';
  if (!optionalId(row.personId) || !optionalId(row.paId) || !optionalId(row.breakGlassId))
    return 'personId, paId and breakGlassId must each be a UUID or null';
  if (row.refusal !== null && row.refusal !== undefined && !text(row.refusal, 100)) return 'refusal must be an error code or null';
  return null;
}

/** Whether the row names this caller (and whom a hub service acted for) as the one who asked. */
function namesCaller(row: Record<string, unknown>, caller: Caller): boolean {
  const o = caller.onBehalfOf ?? null;
  const given = (row.onBehalfOf ?? null) as Record<string, unknown> | null;
  const sameActor =
    o === null
      ? given === null
      : given !== null && ['userId', 'name', 'organisationCode', 'role'].every((k) => given[k] === o[k as keyof typeof o]);
  return (
    row.userId === caller.userId &&
    row.userName === caller.name &&
    row.organisationCode === caller.organisationCode &&
    row.role === caller.role &&
    row.purpose === caller.purpose &&
    sameActor
  );
}

export function accessRoutes(opts: {
  store: AccessStore;
  /** The gateway's own public keys: the caller tokens it signed. */
  gatewayKeys: JWTVerifyGetKey;
  /** The subgraphs of the supergraph served now. */
  subgraphs: () => string[];
}): RouteHandler {
  const verify = cachingTokenVerifier();

  /** The caller and the partner the token was signed for. */
  async function who(req: http.IncomingMessage): Promise<{ caller: Caller; partner: string }> {
    const token = bearerToken(req.headers.authorization);
    if (!token)
      throw new Refusal(
        401,
        'UNAUTHENTICATED',
        "The access API answers only a partner's subgraph, with the caller token the gateway signed for it",
      );
    let verified: Awaited<ReturnType<typeof verify>>;
    try {
      verified = await verify(token, opts.gatewayKeys, { issuer: INTERNAL_ISSUER, audience: INTERNAL_AUDIENCE });
    } catch (err) {
      if (err instanceof TokenRejected) throw new Refusal(401, 'UNAUTHENTICATED', `Not authenticated: ${err.message}`);
      throw err;
    }
    const partner = verified.claims[SUBGRAPH_CLAIM];
    if (typeof partner !== 'string' || !partner)
      throw new Refusal(403, 'FORBIDDEN', 'The token names no subgraph: only a caller token the gateway signed for a partner is answered');
    if ((SUBGRAPHS as readonly string[]).includes(partner))
      throw new Refusal(403, 'FORBIDDEN', `${partner} is one of the hub's own subgraphs, which use the access store directly`);
    if (!opts.subgraphs().includes(partner)) throw new Refusal(403, 'FORBIDDEN', `${partner} is not a subgraph of the graph served now`);
    return { caller: verified.caller, partner };
  }

  async function answer(req: http.IncomingMessage, res: http.ServerResponse, path: string): Promise<void> {
    if (path !== ACCESS_API_PATHS.decisions && path !== ACCESS_API_PATHS.audit)
      throw new Refusal(404, 'NOT_FOUND', `No access resource at ${ACCESS_API_PREFIX}${path}`);
    if (req.method !== 'POST') throw new Refusal(405, 'BAD_REQUEST', `${req.method} ${ACCESS_API_PREFIX}${path}: only POST is answered`);
    const { caller, partner } = await who(req);
    const body = await readJson(req);
    if (path === ACCESS_API_PATHS.decisions) {
      const [people, pas] = [ids(body, 'people'), ids(body, 'pas')];
      // Decided as the hub's own subgraphs decide, batched: one look-up of the facts per kind of subject.
      const decisions = new AccessDecisions(caller, opts.store);
      const settle = <T>(d: (T | Error)[]) =>
        d.map((x) => {
          if (x instanceof Error) throw x;
          return x;
        });
      const [p, a] = await Promise.all([decisions.person.loadMany(people), decisions.pa.loadMany(pas)]);
      return send(res, 200, { people: settle(p), pas: settle(a) });
    }
    const rows = body.rows;
    if (!Array.isArray(rows) || rows.length === 0 || rows.length > ACCESS_API_BATCH)
      throw badInput('rows', `a list of 1 to ${ACCESS_API_BATCH} audit rows is expected`);
    rows.forEach((row: unknown, i) => {
      if (!row || typeof row !== 'object' || Array.isArray(row)) throw badInput(`rows[${i}]`, 'an audit row (an object) is expected');
      const r = row as Record<string, unknown>;
      if (r.subgraph !== partner)
        throw new Refusal(
          403,
          'FORBIDDEN',
          `rows[${i}]: a partner records audit rows as itself (${partner}), not as ${String(r.subgraph)}`,
        );
      if (!namesCaller(r, caller))
        throw new Refusal(403, 'FORBIDDEN', `rows[${i}]: a row must name the caller the token carries (${caller.userId}), as they are`);
      const problem = shapeProblem(r);
      if (problem) throw badInput(`rows[${i}]`, problem);
    });
    // One statement: every row of the call is written, or (on failure) none.
    await opts.store.appendAudit(
      (rows as Record<string, unknown>[]).map((r): AuditRow => ({
        requestId: r.requestId as string,
        userId: caller.userId,
        userName: caller.name,
        organisationCode: caller.organisationCode,
        role: caller.role,
        purpose: caller.purpose,
        subgraph: partner,
        action: r.action as AuditRow['action'],
        personId: (r.personId as string | null) ?? null,
        paId: (r.paId as string | null) ?? null,
        recordType: r.recordType as string,
        recordIds: r.recordIds as string[],
        fields: r.fields as string[],
        outcome: r.outcome as AuditRow['outcome'],
        breakGlassId: (r.breakGlassId as string | null) ?? null,
        onBehalfOf: caller.onBehalfOf ?? null,
        refusal: (r.refusal as string | null) ?? null,
      })),
    );
    return send(res, 204);
  }

  return async (req, res, url) => {
    if (url.pathname !== ACCESS_API_PREFIX && !url.pathname.startsWith(`${ACCESS_API_PREFIX}/`)) return false;
    try {
      await answer(req, res, url.pathname.slice(ACCESS_API_PREFIX.length));
    } catch (err) {
      if (err instanceof Refusal) send(res, err.status, { errors: [graphqlError(err.code, err.message)] });
      else throw err;
    }
    return true;
  };
}
