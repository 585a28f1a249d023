/**
 * Who a dashboard request is made for: the reader's name, role and organisation for the page's
 * header, and the bearer token the server sends the gateway on their behalf (never the browser).
 */
import type http from 'node:http';

export interface SignedInUser {
  name: string;
  role: string;
  organisationCode: string;
  organisationKind: string;
}

export interface DashboardSignIn {
  /** The reader of this request and their token; null when no one is signed in (answered 401). */
  signedIn(req: http.IncomingMessage): Promise<{ user: SignedInUser; token: string } | null>;
}
