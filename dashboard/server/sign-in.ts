/**
 * The dashboard signs in as the demo commissioner: its server holds the demo identity
 * provider's key, mints the commissioner's bearer token and adds it to every request it passes
 * to the gateway. The token never reaches the browser. A commissioner's role sees aggregates and
 * directories only, so that is all the dashboard can ever show.
 *
 * A deployment signs in through its own identity provider instead and hands the server a
 * DashboardSignIn of the same shape.
 */
import { demoUser } from '@continuum/demo';
import { renewingTokenSource, signUserToken, USER_TOKEN_SECONDS, type SigningKey } from '@continuum/access';

export const DASHBOARD_USER = 'commissioner.icb';
/** Each token lives as long as a user token may (an hour) and is replaced five minutes before it expires. */
const LIFETIME_SECONDS = USER_TOKEN_SECONDS;
const RENEW_AFTER_MS = (LIFETIME_SECONDS - 300) * 1000;

export interface DashboardSignIn {
  /** Who the dashboard is signed in as, for its header. */
  user: { name: string; role: string; organisationCode: string; organisationKind: string };
  /** The bearer token to send now. */
  token(): Promise<string>;
}

export function signInAsDemoCommissioner(
  identityProvider: SigningKey,
  userId = DASHBOARD_USER,
  now: () => number = Date.now,
): DashboardSignIn {
  const user = demoUser(userId);
  return {
    user: { name: user.name, role: user.role, organisationCode: user.organisationCode, organisationKind: user.organisationKind },
    token: renewingTokenSource(() => signUserToken(identityProvider, user, { seconds: LIFETIME_SECONDS }), RENEW_AFTER_MS, now),
  };
}
