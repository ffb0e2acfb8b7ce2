import { subscribeWebPush } from "@twofold/device";
import { fromBase64Url } from "@twofold/push-protocol";
import { api, deviceOf } from "./api";
import type { StoredAccount } from "./shared/storage";

export type PushSupport = "on" | "ask" | "denied" | "unsupported" | "no-server-push";

/** What Web Push can do here: for the notice that says what the person gets or loses. */
export function pushSupport(accounts: readonly StoredAccount[]): PushSupport {
  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window))
    return "unsupported";
  if (accounts.length > 0 && accounts.every((a) => !a.vapidPublicKey)) return "no-server-push";
  if (Notification.permission === "denied") return "denied";
  return Notification.permission === "granted" ? "on" : "ask";
}

/**
 * Subscribes this browser (one subscription per app) and registers it, signed, for every
 * account with the server's VAPID key. Throws when the browser's push service refuses.
 */
export async function subscribeAll(accounts: readonly StoredAccount[]): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  for (const account of accounts) {
    if (!account.vapidPublicKey) continue;
    const subscription =
      (await registration.pushManager.getSubscription()) ??
      (await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: fromBase64Url(account.vapidPublicKey),
      }));
    const json = subscription.toJSON();
    const keys = json.keys ?? {};
    if (!json.endpoint || !keys.p256dh || !keys.auth) throw new Error("subscription without keys");
    await subscribeWebPush(api, deviceOf(account), {
      endpoint: json.endpoint,
      keys: { p256dh: keys.p256dh, auth: keys.auth },
    });
  }
}
