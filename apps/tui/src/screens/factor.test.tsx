import { join } from "node:path";
import { createApiClient } from "@twofold/client";
import { enrollDevice } from "@twofold/device/node";
import { rfc6238Code } from "@twofold/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTokenStore } from "../lib/token-store";
import {
  chooseLine,
  confirmedSignUp,
  openTerminal,
  startTestServer,
  type Terminal,
} from "../../test/test-utils";

let stack: Awaited<ReturnType<typeof startTestServer>>;
let t: Terminal;
let closed = false;

/** An OTP app (preferred: the first method) and an authenticator device, added through the API. */
beforeAll(async () => {
  stack = await startTestServer();
  const config = join(stack.dir, "config");
  const store = createTokenStore(config, stack.server.url);
  const api = createApiClient({ url: `${stack.server.url}/trpc`, token: store.get });
  store.set(
    await confirmedSignUp(api, stack.mailOutbox, {
      email: `edsger.${Date.now()}@example.ch`,
      password: "go to statement considered harmful",
      displayName: "Edsger Dijkstra",
    }),
  );
  const e = await api.totp.beginEnrollment.mutate({ label: "Old phone" });
  await api.totp.confirmEnrollment.mutate({
    enrollmentId: e.enrollmentId,
    code: rfc6238Code(e.secret, new Date()),
  });
  const enrollment = await api.push.beginDeviceEnrollment.mutate({ label: "Pocket" });
  await enrollDevice(createApiClient({ url: `${stack.server.url}/trpc` }), stack.server.url, {
    enrollmentCode: enrollment.enrollmentCode,
    name: "Pocket",
    platform: "test",
  });
  t = openTerminal(stack.server.url, config);
});
afterAll(async () => {
  t?.unmount();
  if (!closed) await stack?.close();
});

describe("a method's screen", () => {
  it("makes the method the preferred one, and settings then marks it instead of the other", async () => {
    await t.waitFor("Old phone (Authenticator app, preferred)");
    expect(t.frame()).toMatch(/Pocket \(Authenticator device, test\)/);
    await chooseLine(t, "Pocket");
    await chooseLine(t, "Make it the preferred method");
    await t.waitFor("Pocket: now your preferred method.");
    await t.waitFor(/Pocket \(Authenticator device, test, preferred\)/);
    expect(t.frame()).toContain("Old phone (Authenticator app)");
    await chooseLine(t, "Pocket");
    const frame = await t.waitFor("This is your preferred method");
    expect(frame).not.toContain("Make it the preferred method");
  });

  it("names the server it cannot reach", async () => {
    await chooseLine(t, "Back");
    await chooseLine(t, "Old phone");
    await t.waitFor("Make it the preferred method");
    await stack.close();
    closed = true;
    await chooseLine(t, "Make it the preferred method");
    await t.waitFor(`${stack.server.url} cannot be reached.`);
  });
});
