/**
 * The demo identity provider: signs user tokens for the demo users with the development key.
 * Production uses its own identity provider; the gateway then checks tokens against that
 * provider's JWKS (CONTINUUM_JWKS_FILE or CONTINUUM_JWKS_URL) and issuer.
 */
import { claimsFromCaller, type Caller } from '@continuum/runtime';
import type { SigningKey } from './keys.ts';
import { MAX_TOKEN_SECONDS, signToken } from './tokens.ts';

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
