/**
 * The demo identity provider: signs user tokens for the demo users with the development key.
 * Production uses its own identity provider; the gateway then checks tokens against that
 * provider's JWKS (CONTINUUM_JWKS_FILE or CONTINUUM_JWKS_URL) and issuer.
 */
import { claimsFromCaller, type Caller } from '@continuum/runtime';
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import fs from 'node:fs';
import type { SigningKey } from './keys.ts';
import { localKeySet, MAX_TOKEN_SECONDS, signToken } from './tokens.ts';

export const DEMO_ISSUER = 'https://continuum.invalid/demo-identity-provider';
export const DEFAULT_AUDIENCE = 'continuum-gateway';
/** A user token lives an hour at most (the gateway refuses longer ones): a lost token is soon useless, and a revoked one soon gone. */
export const USER_TOKEN_SECONDS = MAX_TOKEN_SECONDS;

/** A user token; asking for more than USER_TOKEN_SECONDS is refused. */
export async function signUserToken(
  key: SigningKey,
  caller: Caller,
  opts: { issuer?: string; audience?: string; seconds?: number } = {},
): Promise<string> {
  const seconds = opts.seconds ?? USER_TOKEN_SECONDS;
  if (seconds > USER_TOKEN_SECONDS)
    throw new RangeError(`a user token lives at most ${USER_TOKEN_SECONDS / 60} minutes; ${Math.ceil(seconds / 60)} were asked for`);
  return signToken(key, claimsFromCaller(caller), {
    issuer: opts.issuer ?? DEMO_ISSUER,
    audience: opts.audience ?? DEFAULT_AUDIENCE,
    subject: caller.userId,
    seconds,
  });
}

/** How user tokens from a deployment's own identity provider are checked. */
export interface IdentityProviderSettings {
  userKeys: JWTVerifyGetKey;
  issuer: string;
  audience: string;
}

/**
 * The deployment's identity provider, as the gateway and the dashboard's server both check its
 * tokens: keys from CONTINUUM_JWKS_URL (fetched and cached) or CONTINUUM_JWKS_FILE, with
 * CONTINUUM_JWT_ISSUER and CONTINUUM_JWT_AUDIENCE. Null when neither names keys: the demo
 * identity provider is in use.
 */
export function identityProviderFromEnv(env: NodeJS.ProcessEnv = process.env): IdentityProviderSettings | null {
  const userKeys = env.CONTINUUM_JWKS_URL
    ? createRemoteJWKSet(new URL(env.CONTINUUM_JWKS_URL), { cacheMaxAge: 10 * 60_000 })
    : env.CONTINUUM_JWKS_FILE
      ? localKeySet(JSON.parse(fs.readFileSync(env.CONTINUUM_JWKS_FILE, 'utf8')))
      : null;
  if (!userKeys) return null;
  if (!env.CONTINUUM_JWT_ISSUER)
    throw new Error('CONTINUUM_JWT_ISSUER must name the identity provider whose keys CONTINUUM_JWKS_URL/FILE give');
  return { userKeys, issuer: env.CONTINUUM_JWT_ISSUER, audience: env.CONTINUUM_JWT_AUDIENCE ?? DEFAULT_AUDIENCE };
}
