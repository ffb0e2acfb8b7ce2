// The phone's service worker, driven through the DevTools protocol: the decrypted Web Push is
// handed to its `push` handler (what the browser does when the push service delivers), with the
// app's page open or closed and the worker stopped.
import type { BrowserContext, CDPSession, Page, Worker } from "playwright-core";

export interface ShownNotification {
  title: string;
  body: string;
  tag: string;
  data: unknown;
}

export interface WorkerControl {
  /** The registration of the authenticator's worker (scope `/authenticator/`). */
  registrationId: () => Promise<string>;
  /** Runs the worker's `push` handler with this message, as its push service would. */
  deliverPush: (data: string) => Promise<void>;
  /** Stops every service worker of the phone: it sleeps, as on a phone in a pocket. */
  stopAllWorkers: () => Promise<void>;
}

interface RegistrationUpdate {
  registrations: { registrationId: string; scopeURL: string; isDeleted: boolean }[];
}

interface VersionUpdate {
  versions: { versionId: string; registrationId: string; runningStatus: string }[];
}

/**
 * Takes control of the phone's service workers through a CDP session on a page of the phone's
 * context that stays open (about:blank, not the app): the app's page may be closed meanwhile.
 */
export async function controlWorkers(
  context: BrowserContext,
  origin: string,
): Promise<{ control: WorkerControl; controlPage: Page }> {
  const controlPage = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(controlPage);
  const scope = `${origin}/authenticator/`;
  let registration: string | null = null;
  const waiters: ((id: string) => void)[] = [];
  cdp.on("ServiceWorker.workerRegistrationUpdated", (event: RegistrationUpdate) => {
    for (const r of event.registrations) {
      if (r.scopeURL !== scope || r.isDeleted) continue;
      registration = r.registrationId;
      for (const resolve of waiters.splice(0)) resolve(r.registrationId);
    }
  });
  /** Each version's running status ("starting", "running", "stopping", "stopped"). */
  const running = new Map<string, string>();
  cdp.on("ServiceWorker.workerVersionUpdated", (event: VersionUpdate) => {
    for (const v of event.versions) running.set(v.versionId, v.runningStatus);
  });
  await cdp.send("ServiceWorker.enable");
  const control: WorkerControl = {
    registrationId: () =>
      registration
        ? Promise.resolve(registration)
        : new Promise((resolve, reject) => {
            waiters.push(resolve);
            setTimeout(
              () => reject(new Error(`no service worker registered for ${scope}`)),
              15_000,
            ).unref();
          }),
    deliverPush: async (data) => {
      const registrationId = await control.registrationId();
      await cdp.send("ServiceWorker.deliverPushMessage", { origin, registrationId, data });
    },
    stopAllWorkers: async () => {
      await cdp.send("ServiceWorker.stopAllWorkers");
      // Asleep for real: every version the protocol reported says it stopped.
      for (let i = 0; [...running.values()].some((status) => status !== "stopped"); i += 1) {
        if (i > 300)
          throw new Error(`service workers still running: ${[...running.values()].join(", ")}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
  return { control, controlPage };
}

/** The authenticator's running worker (started again by a push if it slept). */
export async function runningWorker(context: BrowserContext): Promise<Worker> {
  const live = context.serviceWorkers().filter((w) => w.url().includes("/authenticator/"));
  const last = live.at(-1);
  if (last) {
    try {
      await last.evaluate(() => 1);
      return last;
    } catch {
      // A worker Playwright saw before it was stopped: wait for the next one.
    }
  }
  return context.waitForEvent("serviceworker", {
    predicate: (w) => w.url().includes("/authenticator/"),
    timeout: 15_000,
  });
}

/** The notifications the worker's registration shows now (`registration.getNotifications()`). */
export async function shownNotifications(worker: Worker): Promise<ShownNotification[]> {
  return worker.evaluate(async () => {
    const scope = self as unknown as ServiceWorkerGlobalScope;
    const shown = await scope.registration.getNotifications();
    return shown.map((n) => ({
      title: n.title,
      body: n.body,
      tag: n.tag,
      data: n.data as unknown,
    }));
  });
}

/** Closes every notification shown (the person swiped them away). */
export async function clearNotifications(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const scope = self as unknown as ServiceWorkerGlobalScope;
    for (const n of await scope.registration.getNotifications()) n.close();
  });
}

/**
 * What tapping the notification opens: the worker's `notificationclick` calls the plain function
 * `self.twofoldRouteNotificationClick(data)` (no protocol command taps a notification).
 */
export async function routeNotificationClick(worker: Worker, data: unknown): Promise<string> {
  return worker.evaluate(async (notificationData) => {
    const route = (self as unknown as { twofoldRouteNotificationClick?: (d: unknown) => unknown })
      .twofoldRouteNotificationClick;
    if (typeof route !== "function") throw new Error("no twofoldRouteNotificationClick");
    return String(await route(notificationData));
  }, data);
}
