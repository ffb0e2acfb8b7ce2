// The phone asleep: its page closed and its service worker stopped, a sign-in still reaches it
// through Web Push. The server's real encrypted push goes to a local push service, which decrypts
// it with the subscription's keys (held by the test: headless Chromium cannot subscribe at
// Google's) and hands it to the worker through the DevTools protocol, as a browser would.
import { generateKeyPairSync, randomUUID, sign } from "node:crypto";
import { createApiClient } from "@twofold/client";
import { answerPayload, requestPayload, subscribePayload } from "@twofold/push-protocol";
import type { BrowserContext, Page, Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  beginEnrollment,
  enrollPhone,
  finishEnrollment,
  newPerson,
  signInUntilNumber,
  signOut,
  signUp,
} from "./flows";
import { newDesktop, newPhone, screenshots, startStack, type Stack } from "./harness";
import { signInPhone } from "./page-keys";
import type { HeldSubscription, ReceivedPush } from "@twofold/testing";
import {
  clearNotifications,
  controlWorkers,
  routeNotificationClick,
  runningWorker,
  shownNotifications,
  type WorkerControl,
} from "./service-worker";

const person = newPerson("Katherine Johnson");
let stack: Stack;
let desktop: Page;
let phoneContext: BrowserContext;
let phone: Page;
let workers: WorkerControl;
let deviceId = "";
let subscription: HeldSubscription;
const shot = screenshots("web-push");
const deviceApi = () => createApiClient({ url: `${stack.server.url}/trpc` });

interface PushMessage {
  type: string;
  request: Record<string, unknown> & { requestId: string; signature: string };
}

beforeAll(async () => {
  stack = await startStack();
  ({ page: desktop } = await newDesktop(stack));
  ({ context: phoneContext, page: phone } = await newPhone(stack));
  ({ control: workers } = await controlWorkers(phoneContext, stack.server.browserUrl));
});
afterAll(async () => {
  await stack?.close();
});

/** The phone asleep: no page of the app open, every service worker stopped. */
async function sleepPhone(): Promise<void> {
  for (const page of phoneContext.pages())
    if (page.url().includes("/authenticator/")) await page.close();
  await workers.stopAllWorkers();
}

/** The desktop signs in; the server's push arrives at the push service: its decrypted message. */
async function signInAndReceivePush(): Promise<{ number: number; push: ReceivedPush }> {
  const next = stack.pushService.nextPush(subscription);
  const number = await signInUntilNumber(desktop, person);
  return { number, push: await next };
}

const text = (n: { title: string; body: string }): string => `${n.title}\n${n.body}`;

describe("Web Push to the phone's service worker", () => {
  it("enrolls the phone and registers its push subscription, signed with the key in the page", async () => {
    await signUp(desktop, person, stack.mailOutbox);
    const enrollment = await beginEnrollment(desktop, person);
    ({ deviceId } = await enrollPhone(phone, enrollment, shot));
    await finishEnrollment(desktop);
    // The worker the app registered (scope /authenticator/) is ready.
    await workers.registrationId();

    // What PushManager.subscribe would give on a real phone, signed as the app signs it.
    subscription = stack.pushService.subscription();
    const at = new Date().toISOString();
    const signature = await signInPhone(
      phone,
      deviceId,
      subscribePayload(deviceId, subscription.endpoint, at),
    );
    const { ecdh: _held, ...registered } = subscription;
    expect(
      await deviceApi().device.subscribe.mutate({
        deviceId,
        at,
        signature,
        subscription: registered,
      }),
    ).toEqual({ subscribed: true });
  });

  let delivered: { number: number; push: ReceivedPush; message: PushMessage };
  let worker: Worker;
  /** The request of the forged-push test, answered twice by the last test. */
  let fresh: PushMessage;

  it("with the page closed and the worker stopped, the push shows a notification without the number", async () => {
    await signOut(desktop, person);
    await sleepPhone();
    const { number, push } = await signInAndReceivePush();
    // What real push services need: encrypted (RFC 8291), high urgency, a lifetime in seconds.
    expect(push.headers["content-encoding"]).toBe("aes128gcm");
    expect(push.headers.urgency).toBe("high");
    expect(Number(push.headers.ttl)).toBeGreaterThan(0);
    expect(Number(push.headers.ttl)).toBeLessThanOrEqual(60);
    expect(push.headers.authorization).toContain(`k=${stack.vapidPublicKey}`);
    const message = JSON.parse(push.plaintext) as PushMessage;
    expect(message.type).toBe("request");
    expect(message.request.account).toBe(person.email);
    expect(message.request).not.toHaveProperty("number");
    delivered = { number, push, message };

    await workers.deliverPush(push.plaintext);
    worker = await runningWorker(phoneContext);
    await expect.poll(() => shownNotifications(worker), { timeout: 15_000 }).toHaveLength(1);
    const [notification] = await shownNotifications(worker);
    if (!notification) throw new Error("no notification");
    expect(text(notification)).toContain("Sign-in request");
    expect(text(notification)).not.toMatch(new RegExp(`\\b${number}\\b`));
    expect(JSON.stringify(notification.data ?? null)).not.toMatch(
      new RegExp(`"number"|\\b${number}\\b`),
    );
  });

  it("tapping the notification opens the request; YES with the number signs the desktop in", async () => {
    const [notification] = await shownNotifications(worker);
    const url = await routeNotificationClick(worker, notification?.data);
    expect(url).toContain("/authenticator/");
    expect(url).toContain(delivered.message.request.requestId);
    phone = await phoneContext.newPage();
    await phone.goto(new URL(url, stack.server.browserUrl).toString());
    await phone.getByRole("heading", { name: "Is this you?" }).waitFor({ timeout: 15_000 });
    await shot(phone, "opened-from-notification");
    await phone.getByRole("button", { name: "Yes", exact: true }).click();
    const field = phone.getByLabel("Number shown on the sign-in page");
    await field.fill(String(delivered.number));
    await phone.getByRole("button", { name: "Approve" }).click();
    await desktop.getByRole("heading", { name: `Welcome, ${person.name}` }).waitFor({
      timeout: 15_000,
    });
    await shot(phone, "approved");
  });

  it("a replayed push (already answered) and forged pushes (not signed by the server) show nothing", async () => {
    await signOut(desktop, person);
    const { push } = await signInAndReceivePush();
    fresh = JSON.parse(push.plaintext) as PushMessage;
    // Each forgery names a request of its own, so a notification it caused would stay beside
    // the real one's (a notification of the same request would be replaced by it).
    const { signature: _real, ...fields } = fresh.request;
    const invented = { ...fields, requestId: randomUUID() };
    // Signed by someone else's P-256 key, over exactly the bytes the server would sign.
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const forgedSignature = sign(
      "sha256",
      Buffer.from(requestPayload(invented as Parameters<typeof requestPayload>[0])),
      { key: privateKey, dsaEncoding: "ieee-p1363" },
    ).toString("base64url");
    const forgeries = [
      { ...fresh, request: { ...invented, signature: forgedSignature } },
      // The server's signature, on a request changed after signing.
      {
        ...fresh,
        request: { ...fresh.request, requestId: randomUUID(), ip: "203.0.113.7" },
      },
    ];
    await clearNotifications(await runningWorker(phoneContext));
    await sleepPhone();
    await workers.deliverPush(delivered.push.plaintext);
    for (const forged of forgeries) await workers.deliverPush(JSON.stringify(forged));
    // Then the real new one: the worker was listening, and shows only it.
    await workers.deliverPush(push.plaintext);
    worker = await runningWorker(phoneContext);
    await expect.poll(() => shownNotifications(worker), { timeout: 15_000 }).toHaveLength(1);
    const shown = await shownNotifications(worker);
    expect(shown).toHaveLength(1);
    expect(JSON.stringify(shown[0]?.data ?? null)).toContain(fresh.request.requestId);
    expect(text(shown[0] ?? { title: "", body: "" })).not.toContain("203.0.113.7");
  });

  it("a replayed answer is refused: the same signed answer twice", async () => {
    const answer = {
      requestId: fresh.request.requestId,
      decision: "deny" as const,
      number: null,
      deviceId,
    };
    phone = await phoneContext.newPage();
    await phone.goto("/authenticator/");
    const signature = await signInPhone(phone, deviceId, answerPayload(answer));
    expect(await deviceApi().device.answer.mutate({ ...answer, signature })).toEqual({
      status: "denied",
    });
    await expect(deviceApi().device.answer.mutate({ ...answer, signature })).rejects.toMatchObject({
      data: { reason: "PUSH_ALREADY_ANSWERED" },
    });
    await phoneContext.close();
  });
});
