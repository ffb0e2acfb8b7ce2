import { join } from "node:path";
import { createApiClient } from "@twofold/client";
import { answerRequest, enrollDevice, offlineCode, pendingRequests } from "@twofold/device/node";
import { createSoftAuthenticator } from "@twofold/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REASON_TEXT } from "@twofold/i18n";
import {
  KEY,
  chooseLine,
  openTerminal,
  startTestServer,
  confirmedSignUp,
} from "../../test/test-utils";

let stack: Awaited<ReturnType<typeof startTestServer>>;
const email = `key.only.${Date.now()}@example.ch`;
const password = "a key and nothing else";
let backupCode = "";

/** An account whose only method is a security key (added through the API, as the web does). */
beforeAll(async () => {
  stack = await startTestServer();
  let token: string | null = null;
  const api = createApiClient({ url: `${stack.server.url}/trpc`, token: () => token });
  token = await confirmedSignUp(api, stack.mailOutbox, { email, password });
  const options = await api.webauthn.beginRegistration.mutate({ label: "Only key" });
  const key = createSoftAuthenticator();
  const added = await api.webauthn.finishRegistration.mutate({
    response: key.register({
      challenge: options.challenge,
      origin: "http://localhost:3000",
      rpId: "localhost",
    }),
  });
  backupCode = added.backupCodes?.[0] ?? "";
});
afterAll(async () => {
  await stack?.close();
});

describe("the second step in a terminal for an account with a security key", () => {
  it("offers what a terminal can do (a backup code), not the key, and signs in with it", async () => {
    const t = openTerminal(stack.server.url, join(stack.dir, "config"));
    await t.waitFor("Welcome to Twofold");
    await t.press(KEY.enter);
    await t.type(email);
    await t.press(KEY.tab);
    await t.type(password);
    await t.press(KEY.enter);
    const frame = await t.waitFor("Backup code:");
    expect(frame).not.toContain("Security key");
    expect(frame).not.toContain("Tab another method");
    await t.type(backupCode);
    await t.press(KEY.enter);
    await t.waitFor("9 backup codes left.");
    await t.waitFor("Only key (Security key, preferred)");
    t.unmount();
  });
});

describe("the second step in a terminal for an account with an authenticator device", () => {
  it("shows the number to type on the device and signs in when the device says YES", async () => {
    const deviceEmail = `push.${Date.now()}@example.ch`;
    let token: string | null = null;
    const api = createApiClient({ url: `${stack.server.url}/trpc`, token: () => token });
    token = await confirmedSignUp(api, stack.mailOutbox, { email: deviceEmail, password });
    const enrollment = await api.push.beginDeviceEnrollment.mutate({ label: "Phone" });
    const deviceApi = createApiClient({ url: `${stack.server.url}/trpc` });
    const identity = await enrollDevice(deviceApi, stack.server.url, {
      enrollmentCode: enrollment.enrollmentCode,
      name: "Phone",
      platform: "test",
    });

    const t = openTerminal(stack.server.url, join(stack.dir, "push-config"));
    await t.waitFor("Welcome to Twofold");
    await t.press(KEY.enter);
    await t.type(deviceEmail);
    await t.press(KEY.tab);
    await t.type(password);
    await t.press(KEY.enter);
    const frame = await t.waitFor("Check your device, and type this number there:");
    const number = Number(/type this number there:\s*\n\s*(\d{2})/.exec(frame)?.[1]);
    const [request] = await pendingRequests(deviceApi, identity);
    if (!request) throw new Error("no request reached the device");
    await answerRequest(deviceApi, identity, request.requestId, "approve", number);
    await t.waitFor(`Signed in as`);
    t.unmount();
  });
});

describe("the second step in a terminal when the push cannot reach the device", () => {
  it("offers the code the device shows offline, and signs in with it", async () => {
    const deviceEmail = `offline.${Date.now()}@example.ch`;
    let token: string | null = null;
    const api = createApiClient({ url: `${stack.server.url}/trpc`, token: () => token });
    token = await confirmedSignUp(api, stack.mailOutbox, { email: deviceEmail, password });
    const enrollment = await api.push.beginDeviceEnrollment.mutate({ label: "Phone" });
    const identity = await enrollDevice(
      createApiClient({ url: `${stack.server.url}/trpc` }),
      stack.server.url,
      {
        enrollmentCode: enrollment.enrollmentCode,
        name: "Phone",
        platform: "test",
      },
    );

    const t = openTerminal(stack.server.url, join(stack.dir, "offline-config"));
    await t.waitFor("Welcome to Twofold");
    await t.press(KEY.enter);
    await t.type(deviceEmail);
    await t.press(KEY.tab);
    await t.type(password);
    await t.press(KEY.enter);
    await t.waitFor("Check your device, and type this number there:");
    await t.waitFor("No request on your device?");
    await t.press(KEY.tab);
    await t.waitFor("Code shown on your device (offline)");
    await chooseLine(t, "Code shown on your device (offline)");
    await t.waitFor("Code shown on your device:");
    // The code as the authenticator computes it from the seed it got at enrollment.
    const wrong =
      (await offlineCode(identity.offlineSecret)).code === "000000" ? "111111" : "000000";
    await t.type(wrong);
    await t.press(KEY.enter);
    await t.waitFor(REASON_TEXT.en.INVALID_CODE);
    await t.type((await offlineCode(identity.offlineSecret)).code);
    await t.press(KEY.enter);
    await t.waitFor("Signed in as");
    t.unmount();
  });
});
