/**
 * Signing keys. Three key pairs take part: the identity provider's (user tokens; in production
 * an external IdP, its public keys from a JWKS file or URL), the gateway's (the short-lived
 * caller tokens it hands subgraphs) and the hub services' (service identity for the hub's own
 * calls through the graph). For development the hub makes all three on first start and keeps
 * them under `.continuum/keys/`; they are demo keys and must never be used in production.
 */
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const SIGNING_ALG = 'ES256';

export interface SigningKey {
  /** Private JWK (with kid and alg). */
  privateJwk: JWK;
  /** The matching public key set, as published. */
  jwks: { keys: JWK[] };
}

export interface HubKeys {
  identityProvider: SigningKey;
  gateway: SigningKey;
  services: SigningKey;
}

export async function generateSigningKey(alg: 'ES256' | 'RS256' = SIGNING_ALG): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const kid = randomUUID();
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg, use: 'sig' };
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  return { privateJwk, jwks: { keys: [publicJwk] } };
}

export async function generateHubKeys(): Promise<HubKeys> {
  const [identityProvider, gateway, services] = await Promise.all([generateSigningKey(), generateSigningKey(), generateSigningKey()]);
  return { identityProvider, gateway, services };
}

const KEY_FILES = { identityProvider: 'demo-identity-provider', gateway: 'gateway', services: 'hub-services' } as const;

/** Loads the development keys from `dir`, making any that are missing (private keys readable by the owner only). */
export async function loadOrCreateHubKeys(dir: string): Promise<HubKeys> {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const keys = {} as HubKeys;
  for (const [name, file] of Object.entries(KEY_FILES) as [keyof HubKeys, string][]) {
    const privatePath = path.join(dir, `${file}.private.jwk.json`);
    const publicPath = path.join(dir, `${file}.jwks.json`);
    if (fs.existsSync(privatePath) && fs.existsSync(publicPath)) {
      keys[name] = { privateJwk: JSON.parse(fs.readFileSync(privatePath, 'utf8')), jwks: JSON.parse(fs.readFileSync(publicPath, 'utf8')) };
      continue;
    }
    keys[name] = await generateSigningKey();
    fs.writeFileSync(privatePath, JSON.stringify(keys[name].privateJwk, null, 2), { mode: 0o600 });
    fs.writeFileSync(publicPath, JSON.stringify(keys[name].jwks, null, 2));
  }
  return keys;
}

/** One of the hub's public key sets as the keys job wrote it, for a service that verifies but never signs (nothing is made). */
export function readPublicKeySet(dir: string, name: keyof HubKeys): { keys: JWK[] } {
  return JSON.parse(fs.readFileSync(path.join(dir, `${KEY_FILES[name]}.jwks.json`), 'utf8')) as { keys: JWK[] };
}

// Imported once per key, not on every signature (the gateway signs a caller token for each request).
const imported = new WeakMap<SigningKey, ReturnType<typeof importJWK>>();

export async function importPrivateKey(key: SigningKey) {
  let k = imported.get(key);
  if (!k) {
    k = importJWK(key.privateJwk, key.privateJwk.alg ?? SIGNING_ALG);
    k.catch(() => imported.delete(key));
    imported.set(key, k);
  }
  return k;
}
