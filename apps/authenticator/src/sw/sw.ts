/// <reference lib="webworker" />
// The authenticator's service worker (scope /authenticator/): the app shell for offline starts,
// Web Push requests (verified before anything is shown), notification taps, and the browser
// rotating the push subscription.
import { createApiClient } from "@twofold/client";
import { cryptoKeySigner, subscribeWebPush } from "@twofold/device";
import { fromBase64Url } from "@twofold/push-protocol";
import { listAccounts } from "../shared/storage";
import { notificationFor, requestOf, routeNotificationClick } from "./notify";

declare const self: ServiceWorkerGlobalScope & {
  twofoldRouteNotificationClick: (data: unknown) => string;
};

/** pushsubscriptionchange is not in TypeScript's lib yet. */
interface SubscriptionChangeEvent extends ExtendableEvent {
  readonly oldSubscription: PushSubscription | null;
  readonly newSubscription: PushSubscription | null;
}

const CACHE = "twofold-authenticator-shell-v1";
const scope = (): string => self.registration.scope;
/** A built chunk (the lazy scanner): its name carries its content's hash, so it never changes. */
const HASHED = /[.-][A-Za-z0-9_-]{8,}\.js$/;

/** The shell: the page, and every asset its HTML names (hashed names, read at install). */
async function cacheShell(): Promise<void> {
  const cache = await caches.open(CACHE);
  const page = await fetch(scope(), { cache: "no-cache" });
  if (!page.ok) return;
  const html = await page.clone().text();
  await cache.put(scope(), page);
  const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
    .map((m) => m[1] ?? "")
    .filter((url) => url.startsWith(new URL(scope()).pathname));
  await cache.addAll([...new Set(assets)]);
}

self.addEventListener("install", (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (!url.pathname.startsWith(new URL(scope()).pathname) || url.pathname.endsWith("/sw.js"))
    return;
  if (request.mode === "navigate") {
    // Network first (a new version shows at once), the cached shell when offline.
    event.respondWith(
      fetch(request).catch(async () => (await caches.match(scope())) ?? Response.error()),
    );
    return;
  }
  event.respondWith(
    caches.match(request).then(
      (hit) =>
        hit ??
        fetch(request).then(async (response) => {
          if (response.ok && HASHED.test(url.pathname)) {
            await (await caches.open(CACHE)).put(request, response.clone());
          }
          return response;
        }),
    ),
  );
});

self.addEventListener("push", (event) => {
  const show = async (): Promise<void> => {
    let message: unknown;
    try {
      message = event.data?.json();
    } catch {
      return;
    }
    const request = requestOf(message);
    if (!request) return;
    const notification = await notificationFor(request);
    if (notification)
      await self.registration.showNotification(notification.title, notification.options);
  };
  event.waitUntil(show());
});

self.twofoldRouteNotificationClick = (data: unknown): string =>
  routeNotificationClick(scope(), data);

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL(self.twofoldRouteNotificationClick(event.notification.data), scope()).href;
  const open = async (): Promise<void> => {
    const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
    const client = windows.find((w) => w.url.startsWith(scope()));
    if (client) {
      await client.navigate(url);
      await client.focus();
    } else {
      await self.clients.openWindow(url);
    }
  };
  event.waitUntil(open());
});

/** The browser rotated the subscription: subscribe again, register it signed for each account. */
async function resubscribe(event: SubscriptionChangeEvent): Promise<void> {
  const accounts = (await listAccounts()).filter((a) => a.vapidPublicKey);
  const vapid = accounts[0]?.vapidPublicKey;
  if (!vapid) return;
  const subscription =
    event.newSubscription ??
    (await self.registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: fromBase64Url(vapid),
    }));
  const json = subscription.toJSON();
  const keys = json.keys ?? {};
  if (!json.endpoint || !keys.p256dh || !keys.auth) return;
  const api = createApiClient({ url: `${self.location.origin}/trpc` });
  for (const account of accounts) {
    await subscribeWebPush(
      api,
      {
        deviceId: account.deviceId,
        signer: cryptoKeySigner(account.privateKey, account.publicKey),
        serverPublicKey: account.serverPublicKey,
      },
      { endpoint: json.endpoint, keys: { p256dh: keys.p256dh, auth: keys.auth } },
    );
  }
}

self.addEventListener("pushsubscriptionchange", (event) => {
  const change = event;
  change.waitUntil(resubscribe(change));
});
