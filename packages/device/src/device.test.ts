import { join } from "node:path";
import { createApiClient } from "@twofold/client";
import { confirmedSignUp, tokenOf } from "@twofold/test-stack";
import { describe, expect, it } from "vitest";
import {
  answerRequest,
  enrollDevice,
  offlineCode,
  pendingRequests,
  verifiedRequests,
} from "./node";
import { useServer } from "../test/server";

const { server, dir } = useServer("device");
const email = `device.${Date.now()}@example.ch`;
const password = "a device of my own";

/** A bearer client, as the browser's stand-in and as the device's connection. */
function client() {
  let token: string | null = null;
  const api = createApiClient({ url: `${server().url}/trpc`, token: () => token });
  return { api, keep: (t?: string | null) => (token = t ?? token) };
}

describe("the device client against a real server", () => {
  it("enrolls with a code, sees a signed request, approves it with the number: the browser is signed in", async () => {
    const owner = client();
    owner.keep(
      await confirmedSignUp(owner.api, join(dir(), "mail-outbox.jsonl"), { email, password }),
    );
    const start = await owner.api.push.beginDeviceEnrollment.mutate({ label: "Laptop" });
    expect(start.enrollmentCode).toMatch(/^[0-9a-z]{4}(-[0-9a-z]{4}){4}$/);

    const device = client();
    const identity = await enrollDevice(device.api, server().url, {
      enrollmentCode: start.enrollmentCode,
      name: "Terminal on laptop",
      platform: "linux",
    });
    expect(identity.account).toBe(email);
    expect(identity.keys.privateKey.d).toEqual(expect.any(String));
    const status = await owner.api.push.enrollmentStatus.mutate({
      enrollmentId: start.enrollmentId,
    });
    expect(status).toMatchObject({ status: "done", deviceId: identity.deviceId });
    expect(status.backupCodes).toHaveLength(10);

    const browser = client();
    const signIn = await browser.api.auth.signIn.mutate({ email, password, tokenInBody: true });
    expect(signIn).toMatchObject({ status: "second_factor_required", preferred: "push" });
    browser.keep(tokenOf(signIn));
    const push = await browser.api.auth.startPush.mutate();

    const [request] = await pendingRequests(device.api, identity);
    expect(request).toMatchObject({ requestId: push.requestId, account: email });
    // A request the server did not sign is never shown.
    const forged = request ? { ...request, ip: "198.51.100.66" } : null;
    expect(forged ? await verifiedRequests(identity, [forged]) : null).toEqual([]);

    expect(
      await answerRequest(device.api, identity, push.requestId, "approve", push.number),
    ).toEqual({
      status: "approved",
    });
    expect(await browser.api.auth.pushResult.query({ requestId: push.requestId })).toEqual({
      status: "approved",
    });
    const done = await browser.api.auth.finishPush.mutate({ requestId: push.requestId });
    browser.keep(done.token);
    expect((await browser.api.auth.me.query()).session.state).toBe("active");

    // No push can arrive (the device is offline): the code it shows signs in instead.
    const offline = client();
    offline.keep(
      tokenOf(await offline.api.auth.signIn.mutate({ email, password, tokenInBody: true })),
    );
    const { code } = await offlineCode(identity.offlineSecret, new Date(Date.now() + 30_000));
    offline.keep((await offline.api.auth.verifyDeviceCode.mutate({ code })).token);
    expect((await offline.api.auth.me.query()).session.state).toBe("active");
  });
});
