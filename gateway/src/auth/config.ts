/**
 * Where the gateway's keys come from. Production: the identity provider's JWKS from
 * CONTINUUM_JWKS_URL (fetched and cached) or CONTINUUM_JWKS_FILE, with CONTINUUM_JWT_ISSUER and
 * CONTINUUM_JWT_AUDIENCE. Development: the demo keys the hub made under `.continuum/keys/`.
 * The revocation list comes from the access store (CONTINUUM_ACCESS_DATABASE_URL).
 */
import {
  DEFAULT_AUDIENCE,
  DEMO_ISSUER,
  identityProviderFromEnv,
  localKeySet,
  type AccessStore,
  type HubKeys,
  type SigningKey,
} from '@continuum/access';
import type { Logger } from '@continuum/runtime';
import type { AuthenticationOptions } from './authenticate.ts';
import { RevocationList } from './revocations.ts';

export interface GatewayAuthConfig extends AuthenticationOptions {
  /** Signs the caller tokens subgraphs check. */
  gatewayKey: SigningKey;
}

/**
 * The gateway's authentication settings from the environment, with the hub's keys as defaults;
 * the access store holds the token revocation list (failed reads of it go to `logger`).
 */
export function gatewayAuthConfig(keys: HubKeys, accessStore: AccessStore, logger?: Logger): GatewayAuthConfig {
  const external = identityProviderFromEnv(process.env);
  return {
    userKeys: external?.userKeys ?? localKeySet(keys.identityProvider.jwks),
    issuer: external?.issuer ?? DEMO_ISSUER,
    audience: process.env.CONTINUUM_JWT_AUDIENCE ?? DEFAULT_AUDIENCE,
    serviceKeys: localKeySet(keys.services.jwks),
    gatewayKey: keys.gateway,
    revocations: RevocationList.fromStore(accessStore, { logger }),
  };
}
