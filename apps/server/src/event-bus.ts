import type { EngineEvent } from "@twofold/core";
import { Redis } from "ioredis";

const CHANNEL = "twofold:engine-events";

export interface EventBus {
  /** False when servers could miss each other's events: caches that need them stay off. */
  shared: boolean;
  publish(event: EngineEvent): void;
  /** Starts delivering the other servers' events. */
  subscribe(receive: (event: EngineEvent) => void): Promise<void>;
  close(): void;
}

function parse(message: string): EngineEvent | null {
  try {
    const value = JSON.parse(message) as Partial<EngineEvent>;
    return value.type === "app_passwords_changed" && typeof value.accountId === "string"
      ? { type: value.type, accountId: value.accountId }
      : null;
  } catch {
    return null;
  }
}

/**
 * Events between servers (an application password revoked on one is evicted from every
 * other's memory): Redis pub/sub when REDIS_URL is set. Without it, one embedded server needs
 * no bus; several servers on one PostgreSQL without Redis have none (`shared: false`).
 */
export function createEventBus(redisUrl: string | undefined, alone: boolean): EventBus {
  if (!redisUrl) {
    return {
      shared: alone,
      publish: () => undefined,
      subscribe: async () => undefined,
      close: () => undefined,
    };
  }
  const publisher = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  const subscriber = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  return {
    shared: true,
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
