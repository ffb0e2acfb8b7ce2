import { Redis } from "ioredis";
import type { Logger } from "./logger";

/**
 * A Redis connection that survives Redis going away: it reconnects for ever (pausing up to
 * 2 s between tries; subscriptions are restored on reconnect), a command waits at most 2 s
 * and one reconnection before failing (so no request hangs on it), and an outage is logged as
 * one line when it starts and one when Redis is back, never a stack per try.
 */
export function openRedis(url: string, log: Logger, role: string): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    commandTimeout: 2_000,
    connectTimeout: 2_000,
    retryStrategy: (tries) => Math.min(tries * 100, 2_000),
  });
  let down = false;
  redis.on("error", (error: Error & { code?: unknown }) => {
    if (down) return;
    down = true;
    log.warn(
      { redis: role, error: error.name, code: error.code },
      "Redis unavailable; reconnecting",
    );
  });
  redis.on("ready", () => {
    if (!down) return;
    down = false;
    log.info({ redis: role }, "Redis is back");
  });
  return redis;
}
