import { isServerSigned, type PushRequestView } from "@twofold/device";
import { describeUserAgent } from "@twofold/push-protocol";
import { requestUrl } from "../shared/routing";
import { listAccounts, markShown } from "../shared/storage";
import { T } from "../texts";

/** What a notification carries: which request, for which of this phone's devices. */
export interface NotificationData {
  requestId: string;
  deviceId: string;
}

/** A Web Push message's request, when it is one (`{"type":"request","request":{...}}`). */
export function requestOf(message: unknown): PushRequestView | null {
  if (typeof message !== "object" || message === null) return null;
  const { type, request } = message as { type?: unknown; request?: unknown };
  if (type !== "request" || typeof request !== "object" || request === null) return null;
  const r = request as Record<string, unknown>;
  const strings = [
    "requestId",
    "account",
    "ip",
    "userAgent",
    "createdAt",
    "expiresAt",
    "signature",
  ];
  return strings.every((k) => typeof r[k] === "string") ? (request as PushRequestView) : null;
}

/**
 * The notification for a pushed request, or null when nothing must be shown: not signed by the
 * server that enrolled one of this phone's accounts (forged), already shown (replayed), or over.
 * Its text holds no secret: who is signing in from where, never the number.
 */
export async function notificationFor(
  request: PushRequestView,
  now: Date = new Date(),
): Promise<{ title: string; options: NotificationOptions } | null> {
  if (Date.parse(request.expiresAt) <= now.getTime()) return null;
  let deviceId: string | null = null;
  for (const account of await listAccounts()) {
    if (account.account !== request.account) continue;
    if (await isServerSigned(account.serverPublicKey, request)) {
      deviceId = account.deviceId;
      break;
    }
  }
  if (!deviceId || !(await markShown(request.requestId, now))) return null;
  const { browser, os } = describeUserAgent(request.userAgent);
  const who =
    browser && os ? T.request.on(browser, os) : (browser ?? os ?? T.notification.aBrowser);
  const place: unknown = (request as { place?: unknown }).place;
  const what = typeof place === "string" && place ? `${who}, ${T.request.near(place)}` : who;
  const data: NotificationData = { requestId: request.requestId, deviceId };
  return {
    title: T.notification.title(what),
    options: {
      body: T.notification.body(request.account),
      tag: request.requestId,
      requireInteraction: true,
      icon: "icons/icon-192.png",
      data,
    },
  };
}

/** Where a tapped notification leads (kept a plain function so tests can call it). */
export function routeNotificationClick(scope: string, data: unknown): string {
  const { requestId, deviceId } = (data ?? {}) as Partial<NotificationData>;
  const path = new URL(scope).pathname;
  return typeof requestId === "string" && typeof deviceId === "string"
    ? requestUrl(path, requestId, deviceId)
    : path;
}
