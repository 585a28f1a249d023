/**
 * A subgraph trusts only the gateway: every request (queries, mutations and `_entities` alike)
 * must carry a caller token the gateway signed moments ago. Anything else is refused with 401
 * before any resolver runs.
 */
import type { GraphQLError } from 'graphql';
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import fs from 'node:fs';
import type http from 'node:http';
import { graphqlError, type Caller } from '@continuum/runtime';
import { bearerToken, localKeySet, TokenRejected, verifyInternalTokenOnce } from './tokens.ts';

/** The gateway's public keys for a subgraph deployed on its own: CONTINUUM_GATEWAY_JWKS (the key set itself), _URL or _FILE. */
export function gatewayKeysFromEnv(): JWTVerifyGetKey {
  if (process.env.CONTINUUM_GATEWAY_JWKS) return localKeySet(JSON.parse(process.env.CONTINUUM_GATEWAY_JWKS));
  if (process.env.CONTINUUM_GATEWAY_JWKS_URL) return createRemoteJWKSet(new URL(process.env.CONTINUUM_GATEWAY_JWKS_URL));
  if (process.env.CONTINUUM_GATEWAY_JWKS_FILE)
    return localKeySet(JSON.parse(fs.readFileSync(process.env.CONTINUUM_GATEWAY_JWKS_FILE, 'utf8')));
  throw new Error('Set CONTINUUM_GATEWAY_JWKS_URL or CONTINUUM_GATEWAY_JWKS_FILE: a subgraph answers only requests signed by the gateway');
}

export function unauthenticated(reason: string): GraphQLError {
  return graphqlError('UNAUTHENTICATED', `Not authenticated: ${reason}`, {
    reason,
    http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) },
  });
}

export async function authenticateGatewayRequest(req: http.IncomingMessage, gatewayKeys: JWTVerifyGetKey): Promise<Caller> {
  const token = bearerToken(req.headers.authorization);
  if (!token) throw unauthenticated('this service answers only the Continuum gateway (no caller token)');
  try {
    return await verifyInternalTokenOnce(token, gatewayKeys);
  } catch (err) {
    if (err instanceof TokenRejected) throw unauthenticated(err.message);
    throw err;
  }
}
