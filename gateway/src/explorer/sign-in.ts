/**
 * Who the explorer can act as: in development, the demo users, each token minted on selection
 * with the demo identity provider's key (as `npm run token` does). The demo users live in a
 * development package, loaded on demand: a production install, and production mode, never have it.
 */
import { signUserToken, USER_TOKEN_SECONDS, type SigningKey } from '@continuum/access';

export interface ExplorerUser {
  userId: string;
  name: string;
  role: string;
  organisationCode: string;
}

export interface ExplorerSignIn {
  users: ExplorerUser[];
  /** A bearer token for one of `users`; throws for anyone else. */
  token(userId: string): Promise<string>;
}

/** The demo users with tokens from the demo identity provider's key, or null when the demo package is not installed. */
export async function demoExplorerSignIn(identityProvider: SigningKey): Promise<ExplorerSignIn | null> {
  const demo = await import('@continuum/demo').catch(() => null);
  if (!demo) return null;
  return {
    users: demo.DEMO_USERS.map((u) => ({ userId: u.userId, name: u.name, role: u.role, organisationCode: u.organisationCode })),
    token: (userId) => signUserToken(identityProvider, demo.demoUser(userId), { seconds: USER_TOKEN_SECONDS }),
  };
}
