// The browser-safe entry with a non-extractable WebCrypto key, as the phone app uses it: the
// key signs, is never exported, and the server accepts it; status and removal of a device.
import { join } from "node:path";
import { createApiClient } from "@twofold/client";
import { confirmedSignUp, tokenOf } from "@twofold/test-stack";
import { describe, expect, it } from "vitest";
import {
  cryptoKeySigner,
  enrollDevice,
  generateNonExtractableKey,
  pendingRequests,
  removeDevice,
  requestStatus,
  type Device,
} from "./index";
import { useServer } from "../test/server";

const { server, dir } = useServer("device-browser");

function bearer() {
  let token: string | null = null;
  const api = createApiClient({ url: `${server().url}/trpc`, token: () => token });
  return { api, keep: (t?: string | null) => (token = t ?? token) };
}

describe("the browser-safe device client", () => {
  it("enrolls with a non-extractable key, follows a request to its cancel, removes itself", async () => {
    const email = `browser.${Date.now()}@example.ch`;
    const password = "a phone of my own";
    const owner = bearer();
    owner.keep(
      await confirmedSignUp(owner.api, join(dir(), "mail-outbox.jsonl"), { email, password }),
    );
    const start = await owner.api.push.beginDeviceEnrollment.mutate({ label: "Phone" });

    const key = await generateNonExtractableKey();
    expect(key.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey("jwk", key.privateKey)).rejects.toThrow();
    expect(Object.keys(key.publicKey).sort()).toEqual(["crv", "kty", "x", "y"]);
    const signer = cryptoKeySigner(key.privateKey, key.publicKey);
    const deviceApi = createApiClient({ url: `${server().url}/trpc` });
    const enrolled = await enrollDevice(deviceApi, server().url, {
      enrollmentCode: start.enrollmentCode,
      name: "Chrome on Android",
      platform: "Android",
      signer,
    });
    expect(enrolled.account).toBe(email);
    const device: Device = {
      deviceId: enrolled.deviceId,
      signer,
      serverPublicKey: enrolled.serverPublicKey,
    };

    const browser = bearer();
    browser.keep(
      tokenOf(await browser.api.auth.signIn.mutate({ email, password, tokenInBody: true })),
    );
    const push = await browser.api.auth.startPush.mutate();
    expect((await pendingRequests(deviceApi, device)).map((r) => r.requestId)).toEqual([
      push.requestId,
    ]);
    expect(await requestStatus(deviceApi, device, push.requestId)).toBe("waiting");
    await browser.api.auth.cancelPush.mutate({ requestId: push.requestId });
    expect(await requestStatus(deviceApi, device, push.requestId)).toBe("cancelled");

    await removeDevice(deviceApi, device);
    await expect(pendingRequests(deviceApi, device)).rejects.toThrow();
  });
});
