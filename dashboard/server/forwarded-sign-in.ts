/**
 * A deployment's dashboard: each reader signs in through the deployment's identity provider at
 * an authenticating proxy in front of the dashboard (oauth2-proxy and the like), which passes
 * their access token on in `X-Forwarded-Access-Token` (or as `Authorization: Bearer`). The
 * server checks the token as the gateway will (the provider's keys, issuer and audience) and
 * sends the gateway that reader's own token, so the gateway's audit trail and rate limits see
 * each reader, not one shared commissioner. No key and no demo code is held here.
 */
import { bearerToken, verifyCallerToken, type IdentityProviderSettings } from '@continuum/access';
import type http from 'node:http';
import type { DashboardSignIn } from './dashboard-sign-in.ts';

export const FORWARDED_TOKEN_HEADER = 'x-forwarded-access-token';

export function signInFromForwardedToken(opts: IdentityProviderSettings): DashboardSignIn {
  return {
    signedIn: async (req: http.IncomingMessage) => {
      const forwarded = req.headers[FORWARDED_TOKEN_HEADER];
      const token = (typeof forwarded === 'string' && forwarded.trim()) || bearerToken(req.headers.authorization);
      if (!token) return null;
      try {
        const caller = await verifyCallerToken(token, opts.userKeys, { issuer: opts.issuer, audience: opts.audience });
        return {
          user: {
            name: caller.name,
            role: caller.role,
            organisationCode: caller.organisationCode,
            organisationKind: caller.organisationKind,
          },
          token,
        };
      } catch {
        // Expired, wrongly signed or malformed: the same as no sign-in; the proxy signs the reader in again.
        return null;
      }
    },
  };
}
