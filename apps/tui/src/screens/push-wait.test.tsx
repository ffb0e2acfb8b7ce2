import { join } from "node:path";
import { createApiClient } from "@twofold/client";
import { answerRequest, enrollDevice, pendingRequests } from "@twofold/device/node";
import { REASON_TEXT } from "@twofold/i18n";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUSH_WAIT_TEXT } from "../lib/text-push-wait";
import { KEY, openTerminal, startTestServer, confirmedSignUp } from "../../test/test-utils";

let stack: Awaited<ReturnType<typeof startTestServer>>;
const password = "a device and a terminal";

beforeAll(async () => {
  stack = await startTestServer();
});
afterAll(async () => {
  await stack.close();
});

/** An account with an authenticator device, and a terminal showing the number to type there. */
async function terminalWaitingForPush(name: string) {
  const email = `push.wait.${name}.${Date.now()}@example.ch`;
  let token: string | null = null;
  const api = createApiClient({ url: `${stack.server.url}/trpc`, token: () => token });
  token = await confirmedSignUp(api, stack.mailOutbox, { email, password });
  const enrollment = await api.push.beginDeviceEnrollment.mutate({ label: "Phone" });
  const deviceApi = createApiClient({ url: `${stack.server.url}/trpc` });
  const identity = await enrollDevice(deviceApi, stack.server.url, {
    enrollmentCode: enrollment.enrollmentCode,
    name: "Phone",
    platform: "test",
  });
  const t = openTerminal(stack.server.url, join(stack.dir, `push-wait-${name}`));
  await t.waitFor("Welcome to Twofold");
  await t.press(KEY.enter);
  await t.type(email);
  await t.press(KEY.tab);
  await t.type(password);
  await t.press(KEY.enter);
  await t.waitFor(PUSH_WAIT_TEXT.en.checkDevice);
  const [request] = await pendingRequests(deviceApi, identity);
  if (!request) throw new Error("no request reached the device");
  return { t, request, deviceApi, identity };
}

describe("PushWait: the terminal waits for the device's answer", () => {
  it("says the sign-in was refused as soon as the device says NO", async () => {
    const { t, request, deviceApi, identity } = await terminalWaitingForPush("deny");
    await answerRequest(deviceApi, identity, request.requestId, "deny", null);
    // Shown while the terminal's first question (a 20 s wait) is still open: the answer
    // itself brought it, not the end of a wait.
    await t.waitFor(REASON_TEXT.en.PUSH_DENIED);
    t.unmount();
  });

  it("says the request was cancelled when its sign-in left the push step elsewhere", async () => {
    const { t, request } = await terminalWaitingForPush("cancel");
    const sameSignIn = createApiClient({
      url: `${stack.server.url}/trpc`,
      token: () => t.store.get(),
    });
    expect(await sameSignIn.auth.cancelPush.mutate({ requestId: request.requestId })).toEqual({
      cancelled: true,
    });
    await t.waitFor(PUSH_WAIT_TEXT.en.cancelled);
    t.unmount();
  });
});
