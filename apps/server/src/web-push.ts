import { decodeSigned, type Delivery } from "@twofold/push-protocol";
import type { Agent } from "node:https";
import webpush, { type RequestOptions } from "web-push";
import type { VapidDetails } from "./vapid";

export interface WebPushSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/**
 * How a push about a request travels: high urgency (a person waits at a sign-in page, so a
 * phone in power saving wakes for it) and a TTL of the seconds the request has left (at least
 * 1): a push service keeps it no longer than it can be answered.
 */
export function pushOptions(
  vapidDetails: VapidDetails,
  expiresAt: string,
  nowMs: number,
): RequestOptions {
  const left = Math.ceil((Date.parse(expiresAt) - nowMs) / 1000);
  return {
    vapidDetails,
    urgency: "high",
    TTL: Number.isFinite(left) ? Math.max(1, left) : 1,
  };
}

/**
 * Web Push delivery for devices that registered a subscription: the same server-signed request
 * as through the gateway, encrypted for the device by the web-push library, so the push service
 * reads nothing. Null when Web Push is off (no VAPID keys).
 */
export function createWebPush(options: {
  vapid: VapidDetails | null;
  subscriptionsOf: (deviceIds: readonly string[]) => Promise<WebPushSubscription[]>;
  now: () => number;
  /** The HTTPS agent towards push services (a private CA's, e.g. a local push service). */
  agent?: Agent;
}): ((signedDelivery: string) => Promise<void>) | null {
  const { vapid, subscriptionsOf, now, agent } = options;
  if (!vapid) return null;
  return async (signedDelivery) => {
    const payload = decodeSigned(signedDelivery)?.payload as Delivery | undefined;
    if (!payload || payload.kind !== "twofold/delivery/v1") return;
    const subscriptions = await subscriptionsOf(payload.deviceIds);
    const message = JSON.stringify({ type: "request", request: payload.request });
    const sendOptions = {
      ...pushOptions(vapid, payload.request.expiresAt, now()),
      ...(agent && { agent }),
    };
    await Promise.allSettled(
      subscriptions.map((s) => webpush.sendNotification(s, message, sendOptions)),
    );
  };
}
