import { decodeSigned, type Delivery } from "@twofold/push-protocol";
import webpush from "web-push";
import type { Env } from "./env";

export interface WebPushSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/**
 * Web Push delivery (VAPID keys from configuration), for devices that registered a
 * subscription: the same server-signed request as through the gateway, encrypted for the
 * device by the web-push library, so the push service reads nothing. Null without VAPID keys.
 */
export function createWebPush(
  env: Env,
  subscriptionsOf: (deviceIds: readonly string[]) => Promise<WebPushSubscription[]>,
): ((signedDelivery: string) => Promise<void>) | null {
  const { TWOFOLD_VAPID_PUBLIC_KEY: publicKey, TWOFOLD_VAPID_PRIVATE_KEY: privateKey } = env;
  if (!publicKey || !privateKey) return null;
  const vapidDetails = { subject: env.TWOFOLD_VAPID_SUBJECT, publicKey, privateKey };
  return async (signedDelivery) => {
    const payload = decodeSigned(signedDelivery)?.payload as Delivery | undefined;
    if (!payload || payload.kind !== "twofold/delivery/v1") return;
    const subscriptions = await subscriptionsOf(payload.deviceIds);
    const message = JSON.stringify({ type: "request", request: payload.request });
    await Promise.allSettled(
      subscriptions.map((s) => webpush.sendNotification(s, message, { vapidDetails, TTL: 60 })),
    );
  };
}
