/**
 * Who is calling the gateway. A bearer token from the identity provider (RS256 or ES256;
 * issuer, audience and expiry checked) names a user, their organisation, role and purpose of
 * use; a token from the hub's own services names a service. No token means a public caller,
 * who sees directory data only. A token that is present but not valid is refused with 401:
 * it never falls back to public.
 */
import { PUBLIC_CALLER, SERVICE_ISSUER, TokenRejected, bearerToken, unauthenticated, verifyCallerToken, type Caller } from '@continuum/kit';
import { decodeJwt, type JWTVerifyGetKey } from 'jose';

export interface AuthenticationOptions {
  /** The identity provider's public keys. */
  userKeys: JWTVerifyGetKey;
  issuer: string;
  audience: string;
  /** The hub services' public keys (service identity for the hub's own calls). */
  serviceKeys: JWTVerifyGetKey;
}

export function createAuthenticator(opts: AuthenticationOptions) {
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
        const caller = await verifyCallerToken(token, opts.serviceKeys, { issuer: SERVICE_ISSUER, audience: opts.audience });
        if (caller.role !== 'HUB_SERVICE') throw new TokenRejected('a service token must carry the hub service role');
        return caller;
      }
      const caller = await verifyCallerToken(token, opts.userKeys, { issuer: opts.issuer, audience: opts.audience });
      // Only the hub's own services may act as the hub; a user token claiming it is refused.
      if (caller.role === 'HUB_SERVICE' || caller.role === 'PUBLIC') throw new TokenRejected(`a user token cannot carry the ${caller.role} role`);
      return caller;
    } catch (err) {
      if (err instanceof TokenRejected) throw unauthenticated(err.message);
      throw err;
    }
  };
}
