/**
 * GET /.well-known/jwks.json: the gateway's public signing keys. A subgraph run by another
 * organisation, or on another machine, trusts only requests the gateway signed; it fetches these
 * (CONTINUUM_GATEWAY_JWKS_URL) instead of being handed a copy. Public halves only, whatever the
 * key set given holds.
 */
import type http from 'node:http';
import type { JWK } from 'jose';

export const GATEWAY_JWKS_PATH = '/.well-known/jwks.json';

/** The members of a private JWK that must never leave the gateway (RFC 7518 §6). */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

export function gatewayKeysRoute(jwks: { keys: JWK[] }) {
  const body = JSON.stringify({
    keys: jwks.keys.map((key) => Object.fromEntries(Object.entries(key).filter(([member]) => !PRIVATE_MEMBERS.includes(member)))),
  });
  return async (req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<boolean> => {
    if (url.pathname !== GATEWAY_JWKS_PATH) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return true;
    }
    // Cached briefly: a key rotation reaches subgraphs within minutes (jose refetches on an unknown kid anyway).
    res
      .writeHead(200, { 'content-type': 'application/jwk-set+json', 'cache-control': 'public, max-age=300' })
      .end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
