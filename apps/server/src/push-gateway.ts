import { Redis } from "ioredis";

/** Where pushes go: the gateway's delivery endpoint, and the address devices connect to. */
export interface PushGatewayTarget {
  deliverUrl: string;
  publicUrl: string;
}

/** The channel gateways listen on when scaled out (apps/push-gateway reads the same name). */
export const DELIVERY_CHANNEL = "twofold:push:deliveries";

/**
 * How the server hands a signed delivery to the gateways: Redis pub/sub when REDIS_URL is set
 * (every gateway hears it), else the gateway beside this server, over loopback HTTP.
 */
export function createPushDelivery(
  redisUrl: string | undefined,
  target: { current: PushGatewayTarget | null },
): { deliver: (signed: string) => Promise<void>; close: () => void } {
  const redis = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 2 }) : null;
  return {
    deliver: async (signed) => {
      if (redis) {
        await redis.publish(DELIVERY_CHANNEL, signed);
        return;
      }
      if (!target.current) return;
      await fetch(`${target.current.deliverUrl}/deliver`, {
        method: "POST",
        body: signed,
        signal: AbortSignal.timeout(2_000),
      });
    },
    close: () => redis?.disconnect(),
  };
}
