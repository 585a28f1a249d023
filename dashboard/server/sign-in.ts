/**
 * Development: the dashboard signs in as the demo commissioner. Its server holds the demo
 * identity provider's key, mints the commissioner's bearer token and adds it to every request it
 * passes to the gateway. The token never reaches the browser. A commissioner's role sees
 * aggregates and directories only, so that is all the dashboard can ever show.
 *
 * A deployment signs each reader in through its own identity provider instead
 * (forwarded-sign-in.ts): the same DashboardSignIn, answered per request.
 */
import { demoUser } from '@continuum/demo';
import { renewingTokenSource, signUserToken, USER_TOKEN_SECONDS, type SigningKey } from '@continuum/access';
import type { DashboardSignIn, SignedInUser } from './dashboard-sign-in.ts';

export type { DashboardSignIn } from './dashboard-sign-in.ts';

export const DASHBOARD_USER = 'commissioner.icb';
/** Each token lives as long as a user token may (an hour) and is replaced five minutes before it expires. */
const LIFETIME_SECONDS = USER_TOKEN_SECONDS;
const RENEW_AFTER_MS = (LIFETIME_SECONDS - 300) * 1000;

export function signInAsDemoCommissioner(
  identityProvider: SigningKey,
  userId = DASHBOARD_USER,
  now: () => number = Date.now,
): DashboardSignIn & { user: SignedInUser; token(): Promise<string> } {
  const user = demoUser(userId);
  const signedInUser = {
    name: user.name,
    role: user.role,
    organisationCode: user.organisationCode,
    organisationKind: user.organisationKind,
  };
  const token = renewingTokenSource(() => signUserToken(identityProvider, user, { seconds: LIFETIME_SECONDS }), RENEW_AFTER_MS, now);
  // Every reader is the same commissioner.
  return { user: signedInUser, token, signedIn: async () => ({ user: signedInUser, token: await token() }) };
}
