import type { EngineEvent } from "@twofold/core";
import type { Logger } from "./logger";
import { openRedis } from "./redis";

const CHANNEL = "twofold:engine-events";

export interface EventBus {
  /** False when servers could miss each other's events: caches that need them stay off. */
  shared: boolean;
  /** Whether the other servers' events reach this one now (alone, or Redis connected). */
  live(): boolean;
  publish(event: EngineEvent): void;
  /** Starts delivering the other servers' events. */
  subscribe(receive: (event: EngineEvent) => void): Promise<void>;
  close(): void;
}

function parse(message: string): EngineEvent | null {
  try {
    const value = JSON.parse(message) as Record<string, unknown>;
    if (value.type === "app_passwords_changed" && typeof value.accountId === "string")
      return { type: value.type, accountId: value.accountId };
    if (value.type === "push_request_changed" && typeof value.requestId === "string")
      return { type: value.type, requestId: value.requestId };
    return null;
  } catch {
    return null;
  }
}

/**
 * Events between servers (an application password revoked on one is evicted from every
 * other's memory): Redis pub/sub when REDIS_URL is set. Without it, one embedded server needs
 * no bus; several servers on one PostgreSQL without Redis have none (`shared: false`).
 */
export function createEventBus(
  redisUrl: string | undefined,
  alone: boolean,
  log: Logger,
): EventBus {
  if (!redisUrl) {
    return {
      shared: alone,
      live: () => alone,
      publish: () => undefined,
      subscribe: async () => undefined,
      close: () => undefined,
    };
  }
  // While Redis is down an event is lost (its publish fails within 2 s): another server may
  // accept a just-revoked application password from its memory until that entry's age passes
  // appPasswordCache.maxAgeMs (a minute), then it asks the database again.
  const publisher = openRedis(redisUrl, log, "events");
  const subscriber = openRedis(redisUrl, log, "events-subscriber");
  return {
    shared: true,
    live: () => subscriber.status === "ready",
    publish(event) {
      publisher.publish(CHANNEL, JSON.stringify(event)).catch(() => undefined);
    },
    async subscribe(receive) {
      subscriber.on("message", (_channel: string, message: string) => {
        const event = parse(message);
        if (event) receive(event);
      });
      await subscriber.subscribe(CHANNEL);
    },
    close() {
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
