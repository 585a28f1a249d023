/**
 * Where the gateway's keys come from. Production: the identity provider's JWKS from
 * CONTINUUM_JWKS_URL (fetched and cached) or CONTINUUM_JWKS_FILE, with CONTINUUM_JWT_ISSUER and
 * CONTINUUM_JWT_AUDIENCE. Development: the demo keys the hub made under `.continuum/keys/`.
 * The revocation list comes from the access store (CONTINUUM_ACCESS_DATABASE_URL).
 */
import { DEFAULT_AUDIENCE, DEMO_ISSUER, localKeySet, type AccessStore, type HubKeys, type SigningKey } from '@continuum/access';
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import fs from 'node:fs';
import type { AuthenticationOptions } from './authenticate.ts';
import { RevocationList } from './revocations.ts';

export interface GatewayAuthConfig extends AuthenticationOptions {
  /** Signs the caller tokens subgraphs check. */
  gatewayKey: SigningKey;
}

export function userKeysFromEnv(fallback: HubKeys['identityProvider']['jwks']): JWTVerifyGetKey {
  if (process.env.CONTINUUM_JWKS_URL) return createRemoteJWKSet(new URL(process.env.CONTINUUM_JWKS_URL), { cacheMaxAge: 10 * 60_000 });
  if (process.env.CONTINUUM_JWKS_FILE) return localKeySet(JSON.parse(fs.readFileSync(process.env.CONTINUUM_JWKS_FILE, 'utf8')));
  return localKeySet(fallback);
}

/**
 * The gateway's authentication settings from the environment, with the hub's keys as defaults;
 * the access store holds the token revocation list.
 */
export function gatewayAuthConfig(keys: HubKeys, accessStore: AccessStore): GatewayAuthConfig {
  const external = Boolean(process.env.CONTINUUM_JWKS_URL || process.env.CONTINUUM_JWKS_FILE);
  if (external && !process.env.CONTINUUM_JWT_ISSUER)
    throw new Error('CONTINUUM_JWT_ISSUER must name the identity provider whose keys CONTINUUM_JWKS_URL/FILE give');
  return {
    userKeys: userKeysFromEnv(keys.identityProvider.jwks),
    issuer: process.env.CONTINUUM_JWT_ISSUER ?? DEMO_ISSUER,
    audience: process.env.CONTINUUM_JWT_AUDIENCE ?? DEFAULT_AUDIENCE,
    serviceKeys: localKeySet(keys.services.jwks),
    gatewayKey: keys.gateway,
    revocations: RevocationList.fromStore(accessStore),
  };
}
