/**
 * The credentials the dashboard's server sends to the gateway with every request, as the demo
 * commissioner: the one place a token comes from, on the server, never in the browser.
 *
 * Until the hub signs callers in this returns null and requests go without an Authorization
 * header; once it does, this mints (or reads) the demo commissioner's token and every dashboard
 * request carries `Authorization: Bearer <token>` unchanged.
 */
export async function commissionerToken(): Promise<string | null> {
  return null;
}
