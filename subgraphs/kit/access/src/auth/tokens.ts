/**
 * The tokens that carry a caller: user tokens (from the identity provider, checked by the
 * gateway), the gateway's short-lived caller tokens (checked by every subgraph) and the hub
 * services' tokens (checked by the gateway).
 */
import { createLocalJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey, type JWK } from 'jose';
import { randomUUID } from 'node:crypto';
import { callerFromClaims, claimsFromCaller, hubServiceCaller, type Actor, type Caller } from '@continuum/runtime';
import { importPrivateKey, type SigningKey } from './keys.ts';

/** Audience and issuer of the tokens the gateway hands subgraphs. */
export const INTERNAL_ISSUER = 'continuum-gateway';
export const INTERNAL_AUDIENCE = 'continuum-subgraphs';
/** Seconds a caller token given to subgraphs lives: long enough for one request plan. */
export const INTERNAL_TOKEN_SECONDS = 60;
/** Issuer of hub service tokens; their audience is the gateway's. */
export const SERVICE_ISSUER = 'continuum-hub-services';
export const SERVICE_TOKEN_SECONDS = 300;
/** The longest a user's token may live: the gateway refuses any that would live longer. */
export const MAX_TOKEN_SECONDS = 3600;
/** Algorithms accepted on any token: asymmetric only, so `none` and HMAC forgeries fail. */
export const ACCEPTED_ALGORITHMS = ['RS256', 'ES256'];

export class TokenRejected extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'TokenRejected';
  }
}

/**
 * Every token carries its own id (jti), so that it can be revoked, and its issue time to the
 * millisecond (iat may be fractional), so that revoking a user's tokens "before now" never catches
 * one minted just after.
 */
export async function signToken(
  key: SigningKey,
  claims: Record<string, unknown>,
  opts: { issuer: string; audience: string; subject: string; seconds: number },
): Promise<string> {
  const issuedAt = Date.now() / 1000;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: key.privateJwk.alg ?? 'ES256', kid: key.privateJwk.kid, typ: 'JWT' })
    .setJti(randomUUID())
    .setIssuer(opts.issuer)
    .setAudience(opts.audience)
    .setSubject(opts.subject)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + opts.seconds)
    .sign(await importPrivateKey(key));
}

/** Verifies signature, issuer, audience and expiry, then the caller claims; answers the caller and the token's claims. */
export async function verifyCallerTokenClaims(
  token: string,
  keys: JWTVerifyGetKey,
  opts: { issuer: string; audience: string },
): Promise<{ caller: Caller; claims: JWTPayload }> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keys, {
      issuer: opts.issuer,
      audience: opts.audience,
      algorithms: ACCEPTED_ALGORITHMS,
      clockTolerance: 5,
    }));
  } catch (err) {
    throw new TokenRejected(describeJoseError(err));
  }
  const caller = callerFromClaims(payload);
  if (typeof caller === 'string') throw new TokenRejected(caller);
  return { caller, claims: payload };
}

export type TokenVerifier = (
  token: string,
  keys: JWTVerifyGetKey,
  opts: { issuer: string; audience: string },
) => Promise<{ caller: Caller; claims: JWTPayload }>;

/**
 * verifyCallerTokenClaims with a memory: a token verified against a key set is answered again,
 * without checking its signature, until it expires or `ttlMs` has passed, whichever is first (so a
 * key withdrawn from the set stops being honoured within `ttlMs`). The cache is kept per key set,
 * so a token is never taken on another set's word. Only successes are kept; at most `max` tokens.
 */
export function cachingTokenVerifier(opts: { ttlMs?: number; max?: number; now?: () => number } = {}): TokenVerifier {
  const ttlMs = opts.ttlMs ?? 60_000;
  const max = opts.max ?? 10_000;
  const now = opts.now ?? Date.now;
  const perKeySet = new WeakMap<JWTVerifyGetKey, Map<string, { verified: { caller: Caller; claims: JWTPayload }; until: number }>>();
  return async (token, keys, verifyOpts) => {
    let cache = perKeySet.get(keys);
    if (!cache) perKeySet.set(keys, (cache = new Map()));
    const key = `${verifyOpts.issuer}\n${verifyOpts.audience}\n${token}`;
    const hit = cache.get(key);
    if (hit && now() < hit.until) return hit.verified;
    if (hit) cache.delete(key);
    const verified = await verifyCallerTokenClaims(token, keys, verifyOpts);
    const expires = typeof verified.claims.exp === 'number' ? verified.claims.exp * 1000 : now();
    // The oldest entry makes room: Map keeps insertion order.
    if (cache.size >= max) cache.delete(cache.keys().next().value!);
    cache.set(key, { verified, until: Math.min(expires, now() + ttlMs) });
    return verified;
  };
}

/** Verifies signature, issuer, audience and expiry, then the caller claims. */
export async function verifyCallerToken(token: string, keys: JWTVerifyGetKey, opts: { issuer: string; audience: string }): Promise<Caller> {
  return (await verifyCallerTokenClaims(token, keys, opts)).caller;
}

/**
 * Why a verified token may not be used however well signed: no id to revoke it by, no issue
 * time, or a lifetime beyond MAX_TOKEN_SECONDS (5 seconds' tolerance for rounding). Null when fine.
 */
export function tokenLifetimeProblem(claims: JWTPayload): string | null {
  if (typeof claims.jti !== 'string' || claims.jti.length === 0) return 'the token carries no id (jti), so it could not be revoked';
  if (typeof claims.iat !== 'number' || typeof claims.exp !== 'number') return 'the token carries no issue time (iat) or expiry (exp)';
  if (claims.exp - claims.iat > MAX_TOKEN_SECONDS + 5)
    return `the token would live ${Math.round((claims.exp - claims.iat) / 60)} minutes; at most ${MAX_TOKEN_SECONDS / 60} are accepted`;
  return null;
}

function describeJoseError(err: unknown): string {
  const code = (err as { code?: string }).code;
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return 'the token has expired';
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return `the token's ${(err as { claim?: string }).claim ?? 'claims'} claim is not accepted here`;
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return 'the token is not signed by a trusted key';
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return 'the token is not signed with an accepted algorithm';
    default:
      return 'the token is not a valid signed JWT';
  }
}

/** The claim naming the subgraph a caller token was signed for: a partner's proof to the hub's access API (access-api.ts in the gateway). */
export const SUBGRAPH_CLAIM = 'subgraph';

/** The caller token the gateway gives a subgraph for one request, naming that subgraph when given. */
export function signInternalToken(gatewayKey: SigningKey, caller: Caller, subgraph?: string): Promise<string> {
  return signToken(
    gatewayKey,
    { ...claimsFromCaller(caller), ...(subgraph ? { [SUBGRAPH_CLAIM]: subgraph } : {}) },
    {
      issuer: INTERNAL_ISSUER,
      audience: INTERNAL_AUDIENCE,
      subject: caller.userId,
      seconds: INTERNAL_TOKEN_SECONDS,
    },
  );
}

export function verifyInternalToken(token: string, gatewayKeys: JWTVerifyGetKey): Promise<Caller> {
  return verifyCallerToken(token, gatewayKeys, { issuer: INTERNAL_ISSUER, audience: INTERNAL_AUDIENCE });
}

// A subgraph sees the same caller token on every call of one request plan, and on every request of
// that caller while the gateway reuses it: its signature is checked once.
const internalTokens = cachingTokenVerifier();

/** verifyInternalToken, checking each token's signature once while it lives. */
export async function verifyInternalTokenOnce(token: string, gatewayKeys: JWTVerifyGetKey): Promise<Caller> {
  return (await internalTokens(token, gatewayKeys, { issuer: INTERNAL_ISSUER, audience: INTERNAL_AUDIENCE })).caller;
}

/** A token for one of the hub's own services to call the graph through the gateway, acting for `onBehalfOf` when a user's request set it going. */
export function signServiceToken(
  servicesKey: SigningKey,
  service: string,
  gatewayAudience: string,
  onBehalfOf?: Actor | null,
): Promise<string> {
  const caller: Caller = { ...hubServiceCaller(service), ...(onBehalfOf ? { onBehalfOf } : {}) };
  return signToken(servicesKey, claimsFromCaller(caller), {
    issuer: SERVICE_ISSUER,
    audience: gatewayAudience,
    subject: caller.userId,
    seconds: SERVICE_TOKEN_SECONDS,
  });
}

/** Service tokens by whom the service acts for (no one: its own housekeeping). */
export type ServiceTokenSource = (onBehalfOf?: Actor | null) => Promise<string>;

/** Keeps service tokens fresh, one per user acted for (the most recent few hundred): a new one once the last is past half its life. */
export function serviceTokenSource(servicesKey: SigningKey, service: string, gatewayAudience: string): ServiceTokenSource {
  const sources = new Map<string, () => Promise<string>>();
  return (onBehalfOf) => {
    const key = onBehalfOf ? JSON.stringify([onBehalfOf.userId, onBehalfOf.organisationCode, onBehalfOf.role, onBehalfOf.name]) : '';
    let source = sources.get(key);
    if (!source) {
      if (sources.size >= 500) sources.delete(sources.keys().next().value!);
      source = renewingTokenSource(
        () => signServiceToken(servicesKey, service, gatewayAudience, onBehalfOf),
        (SERVICE_TOKEN_SECONDS * 1000) / 2,
      );
      sources.set(key, source);
    }
    return source();
  };
}

/**
 * One token reused until `renewAfterMs` has passed since it was minted, then a fresh one; a
 * failed mint is not kept, so the next call tries again.
 */
export function renewingTokenSource(
  mint: () => Promise<string>,
  renewAfterMs: number,
  now: () => number = Date.now,
): () => Promise<string> {
  let current: { token: Promise<string>; madeAt: number } | null = null;
  return () => {
    if (!current || now() - current.madeAt >= renewAfterMs) {
      const minted = { token: mint(), madeAt: now() };
      minted.token.catch(() => {
        if (current === minted) current = null;
      });
      current = minted;
    }
    return current.token;
  };
}

export function localKeySet(jwks: { keys: JWK[] }): JWTVerifyGetKey {
  return createLocalJWKSet(jwks);
}

/** The bearer token in an Authorization header, or null. */
export function bearerToken(header: string | string[] | undefined | null): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(value ?? '');
  return m ? m[1] : null;
}
