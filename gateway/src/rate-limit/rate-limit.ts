/**
 * Per-caller rate limiting at the gateway: each signed-in user (by user id), and each address
 * asking without a token, may send CONTINUUM_RATE_LIMIT operations per
 * CONTINUUM_RATE_LIMIT_WINDOW_MS. Past that the gateway answers HTTP 429 with Retry-After and a
 * GraphQL body (`errors[0].extensions.code` RATE_LIMITED, `retryAfterSeconds`), running nothing.
 * The hub's own services (subgraphs asking the graph for a transition step) are not limited.
 * With REDIS_URL every gateway replica counts into the same window; when Redis cannot be reached
 * requests are let through (and the problem logged) rather than the hub refusing everyone.
 */
import { graphqlError, isHubService, type Caller, type Logger } from '@continuum/runtime';
import type http from 'node:http';
import type { RequestCounters } from './counters.ts';

export interface RateLimitSettings {
  /** Operations one caller may send per window; 0 turns the limit off. */
  limit: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitSettings = { limit: 600, windowMs: 60_000 };

/** CONTINUUM_RATE_LIMIT and CONTINUUM_RATE_LIMIT_WINDOW_MS, refusing values that are not whole numbers. */
export function rateLimitFromEnvironment(env: NodeJS.ProcessEnv): RateLimitSettings {
  const read = (name: string, fallback: number, min: number) => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min) throw new Error(`${name} must be a whole number of at least ${min} (it is "${raw}")`);
    return Number(raw);
  };
  return {
    limit: read('CONTINUUM_RATE_LIMIT', DEFAULT_RATE_LIMIT.limit, 0),
    windowMs: read('CONTINUUM_RATE_LIMIT_WINDOW_MS', DEFAULT_RATE_LIMIT.windowMs, 1_000),
  };
}

/** Whose window a request counts in; null for the hub's own services. */
export function rateLimitKey(caller: Caller, req: http.IncomingMessage): string | null {
  if (isHubService(caller)) return null;
  if (caller.role === 'PUBLIC') return `address:${req.socket.remoteAddress ?? 'unknown'}`;
  return `user:${caller.userId}`;
}

export function rateLimiter(settings: RateLimitSettings, counters: RequestCounters, logger: Logger) {
  let lastProblem = '';
  return {
    /** Counts the request, and throws RATE_LIMITED (HTTP 429) once the caller is over the limit. */
    async admit(caller: Caller, req: http.IncomingMessage): Promise<void> {
      if (settings.limit === 0) return;
      const key = rateLimitKey(caller, req);
      if (!key) return;
      let hit;
      try {
        hit = await counters.hit(key, settings.windowMs);
        lastProblem = '';
      } catch (err) {
        const reason = (err as Error).message;
        if (reason !== lastProblem) logger.warn('rate limit not applied: its counters cannot be reached', { reason });
        lastProblem = reason;
        return;
      }
      if (hit.count <= settings.limit) return;
      const retryAfterSeconds = Math.max(1, Math.ceil(hit.resetInMs / 1000));
      throw graphqlError(
        'RATE_LIMITED',
        `Too many requests: at most ${settings.limit} every ${settings.windowMs / 1000} s; try again in ${retryAfterSeconds} s`,
        {
          retryAfterSeconds,
          limit: settings.limit,
          windowSeconds: settings.windowMs / 1000,
          http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
        },
      );
    },
  };
}
