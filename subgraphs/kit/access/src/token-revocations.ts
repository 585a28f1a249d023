/**
 * The token revocation list, in the access store: one token refused by its id (jti), or every
 * token issued to a user before an instant. Times are the database's real time, as token issue
 * and expiry times are real time (not the hub's business day).
 */
import type pg from 'pg';
import { MAX_TOKEN_SECONDS } from './auth/tokens.ts';

export interface TokenRevocationRow {
  id: string;
  jti: string | null;
  user_id: string | null;
  issued_before: Date | null;
  reason: string;
  revoked_by: string;
  revoked_at: Date;
}

/** The entries that can still refuse a token: those younger than the longest a token lives. */
export interface LiveRevocations {
  /** jti → when it was revoked. */
  tokens: Map<string, Date>;
  /** user id → the latest instant before which their tokens are refused. */
  users: Map<string, Date>;
}

/** Seconds an entry can still matter: the longest token life, and a minute for clocks that disagree. */
const LIVE_SECONDS = MAX_TOKEN_SECONDS + 60;

/** Refuses one token from now on. Revoking it again adds a second entry (the list is a record). */
export async function revokeToken(pool: pg.Pool, r: { jti: string; reason: string; revokedBy: string }): Promise<TokenRevocationRow> {
  const res = await pool.query<TokenRevocationRow>(
    'INSERT INTO token_revocation (jti, reason, revoked_by) VALUES ($1, $2, $3) RETURNING *',
    [r.jti, r.reason, r.revokedBy],
  );
  return res.rows[0];
}

/**
 * Refuses every token issued to the user before `issuedBefore` (default: now). A later instant
 * than now is refused: suspending a user belongs to the identity provider, not this list.
 */
export async function revokeUserTokens(
  pool: pg.Pool,
  r: { userId: string; issuedBefore?: Date | null; reason: string; revokedBy: string },
): Promise<TokenRevocationRow> {
  const res = await pool.query<TokenRevocationRow>(
    `INSERT INTO token_revocation (user_id, issued_before, reason, revoked_by)
     SELECT $1, COALESCE($2::timestamptz, now()), $3, $4 WHERE COALESCE($2::timestamptz, now()) <= now() RETURNING *`,
    [r.userId, r.issuedBefore ?? null, r.reason, r.revokedBy],
  );
  if (!res.rows[0]) throw new RangeError('the instant to revoke tokens issued before is in the future');
  return res.rows[0];
}

/** The list, newest first. */
export async function tokenRevocations(pool: pg.Pool, limit = 100): Promise<TokenRevocationRow[]> {
  const res = await pool.query<TokenRevocationRow>('SELECT * FROM token_revocation ORDER BY revoked_at DESC, id DESC LIMIT $1', [limit]);
  return res.rows;
}

/** What the gateway holds: only entries that can still refuse a live token. */
export async function liveRevocations(pool: pg.Pool): Promise<LiveRevocations> {
  const res = await pool.query<TokenRevocationRow>(
    `SELECT * FROM token_revocation WHERE COALESCE(issued_before, revoked_at) > now() - make_interval(secs => $1) ORDER BY id`,
    [LIVE_SECONDS],
  );
  const live: LiveRevocations = { tokens: new Map(), users: new Map() };
  for (const row of res.rows) {
    if (row.jti) live.tokens.set(row.jti, row.revoked_at);
    else if (row.user_id && row.issued_before) {
      const seen = live.users.get(row.user_id);
      if (!seen || seen < row.issued_before) live.users.set(row.user_id, row.issued_before);
    }
  }
  return live;
}
