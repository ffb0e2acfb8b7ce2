import { addDevice, personWithDevice, TEST_META, useTestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createContextInner } from "./context";
import { createCaller } from "./root";
import { bearerSignIn, createClient, reasonFrom } from "../test/clients";

describe.each(databaseKinds())("the device router for a phone authenticator, on %s", (kind) => {
  const engine = useTestEngine(kind);
  const device = () => createClient(engine.twofold, "bearer").caller.device;

  it("enrollment hands the device the server's VAPID public key (null with Web Push off)", async () => {
    const person = await personWithDevice(engine);
    const account = await engine.twofold.accounts.get(person.accountId);
    if (!account) throw new Error("no account");
    const noop = { setSessionCookie() {}, clearSessionCookie() {}, setTrustedBrowserCookie() {} };
    const request = { ...TEST_META, token: null, via: null };
    const enroll = async (vapidPublicKey: string | null) => {
      const start = await engine.twofold.push.beginDeviceEnrollment(account, "Phone");
      const keys = await globalThis.crypto.subtle.generateKey(
        { name: "ECDSA", namedCurve: "P-256" },
        true,
        ["sign"],
      );
      const jwk = await globalThis.crypto.subtle.exportKey("jwk", keys.publicKey);
      const caller = createCaller(() =>
        createContextInner({ twofold: engine.twofold, vapidPublicKey }, request, noop),
      );
      return caller.device.enroll({
        enrollmentCode: start.enrollmentCode,
        publicKey: { kty: "EC", crv: "P-256", x: jwk.x ?? "", y: jwk.y ?? "" },
        name: "Pixel",
        platform: "Android",
      });
    };
    expect((await enroll("BPublicKeyOfTheServer")).vapidPublicKey).toBe("BPublicKeyOfTheServer");
    expect((await enroll(null)).vapidPublicKey).toBeNull();
  });

  it("device.status follows a request from waiting to approved; other devices see it answered elsewhere", async () => {
    const person = await personWithDevice(engine);
    const phone = await addDevice(engine, person.accountId, "Phone");
    const browser = await bearerSignIn(engine.twofold, person.email);
    const push = await browser.caller.auth.startPush();
    expect(await device().status(await phone.signedStatus(engine, push.requestId))).toEqual({
      state: "waiting",
    });
    await device().answer(await phone.answer(push.requestId, "approve", push.number));
    expect(await device().status(await phone.signedStatus(engine, push.requestId))).toEqual({
      state: "approved",
    });
    expect(await device().status(await person.device.signedStatus(engine, push.requestId))).toEqual(
      { state: "answered_elsewhere" },
    );
  });

  it("device.status says cancelled once the browser signed out", async () => {
    const person = await personWithDevice(engine);
    const browser = await bearerSignIn(engine.twofold, person.email);
    const push = await browser.caller.auth.startPush();
    await browser.caller.auth.signOut();
    expect(await device().status(await person.device.signedStatus(engine, push.requestId))).toEqual(
      { state: "cancelled" },
    );
  });

  it("device.status says cancelled once the browser left the push step (auth.cancelPush)", async () => {
    const person = await personWithDevice(engine);
    const browser = await bearerSignIn(engine.twofold, person.email);
    const push = await browser.caller.auth.startPush();
    expect(await browser.caller.auth.cancelPush({ requestId: push.requestId })).toEqual({
      cancelled: true,
    });
    expect(await device().status(await person.device.signedStatus(engine, push.requestId))).toEqual(
      { state: "cancelled" },
    );
    expect(await person.device.poll(engine)).toEqual([]);
    // Cancelling again, or after an answer, changes nothing.
    expect(await browser.caller.auth.cancelPush({ requestId: push.requestId })).toEqual({
      cancelled: false,
    });
  });

  it("refusals are typed reasons: unknown request, another account's, bad signature, bad input", async () => {
    const person = await personWithDevice(engine);
    const stranger = await personWithDevice(engine);
    const browser = await bearerSignIn(engine.twofold, person.email);
    const push = await browser.caller.auth.startPush();
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect(
      await reasonFrom(device().status(await person.device.signedStatus(engine, unknown))),
    ).toBe("PUSH_REQUEST_NOT_FOUND");
    expect(
      await reasonFrom(device().status(await stranger.device.signedStatus(engine, push.requestId))),
    ).toBe("PUSH_REQUEST_NOT_FOUND");
    const signed = await person.device.signedStatus(engine, push.requestId);
    expect(await reasonFrom(device().status({ ...signed, signature: "AAAA" }))).toBe(
      "INVALID_SIGNATURE",
    );
    expect(await reasonFrom(device().status({ ...signed, deviceId: unknown }))).toBe(
      "DEVICE_NOT_FOUND",
    );
    expect(await reasonFrom(device().status({ ...signed, requestId: "not-an-id" }))).toBe(
      "INVALID_INPUT",
    );
    expect(await reasonFrom(device().remove({ deviceId: unknown, at: "x", signature: "!" }))).toBe(
      "INVALID_INPUT",
    );
  });

  it("device.remove removes the device as the settings would; its signature cannot be used again", async () => {
    const person = await personWithDevice(engine);
    const phone = await addDevice(engine, person.accountId, "Phone");
    const signed = await phone.signedRemove(engine);
    expect(await device().remove(signed)).toEqual({ removed: true });
    const settings = createClient(engine.twofold, "bearer", person.session.token);
    expect((await settings.caller.twoFactor.status()).factors.map((f) => f.label)).toEqual([
      "Terminal",
    ]);
    expect(await reasonFrom(device().remove(signed))).toBe("DEVICE_NOT_FOUND");
  });
});
