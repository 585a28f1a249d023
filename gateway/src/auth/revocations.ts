/**
 * The revocation list as the gateway holds it: read from the access store at most every
 * CONTINUUM_REVOCATION_CACHE_MS (default and most 5,000 ms), so a revocation refuses its token
 * within five seconds, without a database read on every request. Only entries that can still
 * match a live token are held (a token lives an hour at most), so the list stays small.
 * If the list cannot be read once the held copy is too old, tokens are not accepted (fail closed),
 * but only after a few quick retries: a connection dropped or refused for a moment (a failover, a
 * busy server) should not turn every request away. Each failed read is logged with its cause.
 */
import { liveRevocations, type AccessStore, type LiveRevocations } from '@continuum/access';
import { errorFields, graphqlError, jsonLogger, withFields, type Logger } from '@continuum/runtime';

export const MAX_REVOCATION_CACHE_MS = 5_000;

/** The cache age from the environment; more than five seconds is refused. */
export function revocationCacheMs(): number {
  const raw = process.env.CONTINUUM_REVOCATION_CACHE_MS;
  if (raw === undefined || raw === '') return MAX_REVOCATION_CACHE_MS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > MAX_REVOCATION_CACHE_MS)
    throw new Error(
      `CONTINUUM_REVOCATION_CACHE_MS must be a whole number of milliseconds from 0 to ${MAX_REVOCATION_CACHE_MS}, got "${raw}"`,
    );
  return n;
}

/** The pauses before each retry of a failed read: about two seconds in all before requests are refused. */
export const REVOCATION_READ_RETRIES_MS = [100, 400, 1_500];

export interface RevocationListOptions {
  /** Where failed reads are reported (the JSON logger by default). */
  logger?: Logger;
  /** Pauses between attempts (REVOCATION_READ_RETRIES_MS by default). */
  retriesMs?: readonly number[];
}

export interface RevocationCheck {
  /** Why this token is refused, or null when it is not revoked. */
  refusal(token: { jti: string; userId: string; issuedAt: number }): Promise<string | null>;
}

export class RevocationList implements RevocationCheck {
  private held: { list: LiveRevocations; readAt: number } | null = null;
  private reading: Promise<LiveRevocations> | null = null;

  private readonly logger: Logger;
  private readonly retriesMs: readonly number[];

  constructor(
    private readonly read: () => Promise<LiveRevocations>,
    private readonly maxAgeMs = revocationCacheMs(),
    /** Elapsed time, not business time. */
    private readonly clock: () => number = () => performance.now(),
    opts: RevocationListOptions = {},
  ) {
    this.logger = withFields(opts.logger ?? jsonLogger, { service: 'gateway' });
    this.retriesMs = opts.retriesMs ?? REVOCATION_READ_RETRIES_MS;
  }

  /** Reads the list from the access store. */
  static fromStore(store: AccessStore, opts: RevocationListOptions = {}): RevocationList {
    return new RevocationList(() => liveRevocations(store.pool), undefined, undefined, opts);
  }

  /** One read, retried after each pause while it fails; the last failure is thrown. */
  private async readWithRetries(): Promise<LiveRevocations> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.read();
      } catch (err) {
        const last = attempt >= this.retriesMs.length;
        this.logger[last ? 'error' : 'warn']('the token revocation list could not be read', {
          attempt: attempt + 1,
          attempts: this.retriesMs.length + 1,
          willRetry: !last,
          ...errorFields(err),
        });
        if (last) throw err;
        await new Promise((resolve) => setTimeout(resolve, this.retriesMs[attempt]));
      }
    }
  }

  private async current(): Promise<LiveRevocations> {
    if (this.held && this.clock() - this.held.readAt <= this.maxAgeMs) return this.held.list;
    // One read at a time; requests arriving meanwhile wait for it. The copy is dated from when the read began.
    if (!this.reading) {
      const startedAt = this.clock();
      this.reading = this.readWithRetries()
        .then((list) => {
          this.held = { list, readAt: startedAt };
          return list;
        })
        .finally(() => {
          this.reading = null;
        });
    }
    try {
      return await this.reading;
    } catch {
      throw graphqlError(
        'REVOCATION_LIST_UNAVAILABLE',
        'Not authenticated: the token revocation list cannot be read just now; try again shortly',
        { reason: 'the token revocation list cannot be read', http: { status: 503 } },
      );
    }
  }

  async refusal(token: { jti: string; userId: string; issuedAt: number }): Promise<string | null> {
    const list = await this.current();
    const revokedAt = list.tokens.get(token.jti);
    if (revokedAt) return `the token was revoked at ${revokedAt.toISOString()}`;
    const before = list.users.get(token.userId);
    // iat is in seconds, possibly fractional; the stored instant is cut to the millisecond, so the whole of its millisecond counts as before.
    if (before && token.issuedAt * 1000 < before.getTime() + 1)
      return `every token issued to this user before ${before.toISOString()} was revoked`;
    return null;
  }
}
