/**
 * Fixed-window request counters, one per caller and window: in this process's memory, or in
 * Redis where every gateway replica counts into the same key.
 */
import type { SharedRedis } from '../shared/redis.ts';

export interface WindowCount {
  /** Requests counted in the current window, this one included. */
  count: number;
  /** Milliseconds until the window ends and the count starts again. */
  resetInMs: number;
}

export interface RequestCounters {
  /** Counts one request for `key` in a window of `windowMs` starting with the key's first request. */
  hit(key: string, windowMs: number): Promise<WindowCount>;
}

/** Memory counters for one gateway; windows that have ended are dropped as they are met. */
export function memoryCounters(now: () => number = () => performance.now()): RequestCounters {
  const windows = new Map<string, { count: number; endsAt: number }>();
  let sweptAt = now();
  return {
    async hit(key, windowMs) {
      const at = now();
      // Drop ended windows now and then, so callers seen once do not stay in memory.
      if (at - sweptAt > windowMs) {
        for (const [k, w] of windows) if (w.endsAt <= at) windows.delete(k);
        sweptAt = at;
      }
      let w = windows.get(key);
      if (!w || w.endsAt <= at) windows.set(key, (w = { count: 0, endsAt: at + windowMs }));
      w.count++;
      return { count: w.count, resetInMs: w.endsAt - at };
    },
  };
}

/** Counts and sets the window's expiry in one step on the server, so replicas never race. */
const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return { count, ttl }`;

export function redisCounters(redis: SharedRedis, prefix = 'continuum:rate:'): RequestCounters {
  return {
    async hit(key, windowMs) {
      const [count, ttl] = (await redis.eval(HIT, 1, `${prefix}${key}`, String(windowMs))) as [number, number];
      return { count, resetInMs: ttl };
    },
  };
}
