/**
 * The Redis server replicas of the gateway share (REDIS_URL): one caller's rate limit and the
 * operations automatic persisted queries registered. Without it each gateway keeps its own in
 * memory. A command that cannot reach Redis fails fast (no queue while it is away), and the
 * client reconnects by itself when it is back.
 */
import { Redis } from 'ioredis';

/** How long one command may wait for Redis before the gateway carries on without it. */
const COMMAND_TIMEOUT_MS = 500;

export type SharedRedis = Redis;

export function connectRedis(url: string): SharedRedis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    // Reconnects every 200 ms at first, then at most every 2 s, for as long as the gateway runs.
    retryStrategy: (times) => Math.min(times * 200, 2_000),
    lazyConnect: false,
  });
  // Connection errors are reported by the commands that meet them; the client keeps reconnecting.
  redis.on('error', () => {});
  return redis;
}

/** REDIS_URL when set (and not empty). */
export function redisUrlFromEnvironment(env: NodeJS.ProcessEnv): string | undefined {
  return env.REDIS_URL?.trim() || undefined;
}
