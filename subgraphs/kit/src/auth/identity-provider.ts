/**
 * The demo identity provider: signs user tokens for the demo users with the development key.
 * Production uses its own identity provider; the gateway then checks tokens against that
 * provider's JWKS (CONTINUUM_JWKS_FILE or CONTINUUM_JWKS_URL) and issuer.
 */
import { claimsFromCaller, type Caller } from './caller.ts';
import type { SigningKey } from './keys.ts';
import { signToken } from './tokens.ts';

export const DEMO_ISSUER = 'https://continuum.invalid/demo-identity-provider';
export const DEFAULT_AUDIENCE = 'continuum-gateway';
export const USER_TOKEN_SECONDS = 8 * 3600;

export function signUserToken(key: SigningKey, caller: Caller, opts: { issuer?: string; audience?: string; seconds?: number } = {}): Promise<string> {
  return signToken(key, claimsFromCaller(caller), {
    issuer: opts.issuer ?? DEMO_ISSUER,
    audience: opts.audience ?? DEFAULT_AUDIENCE,
    subject: caller.userId,
    seconds: opts.seconds ?? USER_TOKEN_SECONDS,
  });
}
