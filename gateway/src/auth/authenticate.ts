/**
 * Who is calling the gateway. A bearer token from the identity provider (RS256 or ES256;
 * issuer, audience and expiry checked) names a user, their organisation, role and purpose of
 * use; a token from the hub's own services names a service. No token means a public caller,
 * who sees directory data only. A token that is present but not valid is refused with 401:
 * it never falls back to public. Nor is a token that would live more than an hour, carries no
 * id (jti), or is on the revocation list.
 */
import { PUBLIC_CALLER, type Caller } from '@continuum/runtime';
import { SERVICE_ISSUER, TokenRejected, bearerToken, cachingTokenVerifier, tokenLifetimeProblem, unauthenticated } from '@continuum/access';
import { decodeJwt, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { RevocationCheck } from './revocations.ts';

export interface AuthenticationOptions {
  /** The identity provider's public keys. */
  userKeys: JWTVerifyGetKey;
  issuer: string;
  audience: string;
  /** The hub services' public keys (service identity for the hub's own calls). */
  serviceKeys: JWTVerifyGetKey;
  /** The revocation list, checked on every request that carries a token. */
  revocations: RevocationCheck;
}

export function createAuthenticator(opts: AuthenticationOptions) {
  // A client reuses its token for many requests: its signature is checked once (revocation, below, on every request).
  const verifyCallerTokenClaims = cachingTokenVerifier();
  /** A well-signed token still needs an id, a lifetime of an hour at most, and no revocation. */
  async function usable(caller: Caller, claims: JWTPayload): Promise<Caller> {
    const problem = tokenLifetimeProblem(claims);
    if (problem) throw new TokenRejected(problem);
    const revoked = await opts.revocations.refusal({ jti: claims.jti!, userId: caller.userId, issuedAt: claims.iat! });
    if (revoked) throw new TokenRejected(revoked);
    return caller;
  }

  return async function authenticate(authorization: string | string[] | undefined): Promise<Caller> {
    if (authorization === undefined || authorization === '') return PUBLIC_CALLER;
    const token = bearerToken(authorization);
    if (!token) throw unauthenticated('the Authorization header must be "Bearer <token>"');
    let issuer: unknown;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      throw unauthenticated('the token is not a valid signed JWT');
    }
    try {
      if (issuer === SERVICE_ISSUER) {
        const { caller, claims } = await verifyCallerTokenClaims(token, opts.serviceKeys, {
          issuer: SERVICE_ISSUER,
          audience: opts.audience,
        });
        if (caller.role !== 'HUB_SERVICE') throw new TokenRejected('a service token must carry the hub service role');
        return await usable(caller, claims);
      }
      const { caller, claims } = await verifyCallerTokenClaims(token, opts.userKeys, { issuer: opts.issuer, audience: opts.audience });
      // Only the hub's own services may act as the hub; a user token claiming it is refused.
      if (caller.role === 'HUB_SERVICE' || caller.role === 'PUBLIC')
        throw new TokenRejected(`a user token cannot carry the ${caller.role} role`);
      return await usable(caller, claims);
    } catch (err) {
      if (err instanceof TokenRejected) throw unauthenticated(err.message);
      throw err;
    }
  };
}
