/**
 * Who may see the details of a service's readiness probe: the hub's operator, as `npm run health`
 * signs in (a hub service token), and, at a subgraph, the gateway asking as the hub's service (a
 * caller token it signed with the hub service role), which passes the details on to the operator.
 * Anyone else is told only "ready" or "unready".
 */
import type http from 'node:http';
import type { JWTVerifyGetKey } from 'jose';
import { bearerToken, SERVICE_ISSUER, verifyCallerToken, verifyInternalToken } from './tokens.ts';

/** A hub service token (issuer continuum-hub-services, the gateway's audience, the hub service role). */
export function operatorCheck(serviceKeys: JWTVerifyGetKey, audience: string): (req: http.IncomingMessage) => Promise<boolean> {
  return async (req) => {
    const token = bearerToken(req.headers.authorization);
    if (!token) return false;
    const caller = await verifyCallerToken(token, serviceKeys, { issuer: SERVICE_ISSUER, audience }).catch(() => null);
    return caller?.role === 'HUB_SERVICE';
  };
}

/** At a subgraph: a caller token the gateway signed for the hub's service. */
export function gatewayServiceCheck(gatewayKeys: JWTVerifyGetKey): (req: http.IncomingMessage) => Promise<boolean> {
  return async (req) => {
    const token = bearerToken(req.headers.authorization);
    if (!token) return false;
    const caller = await verifyInternalToken(token, gatewayKeys).catch(() => null);
    return caller?.role === 'HUB_SERVICE';
  };
}
