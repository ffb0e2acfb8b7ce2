import { requestPayload } from "@twofold/push-protocol";
import { databaseKinds } from "@twofold/testing";
import { webcrypto } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../config";
import { must, pendingSignIn, TEST_META, useTestEngine, type TestEngine } from "../../test/engine";
import { personWithDevice, softDevice, softDeviceKeys } from "../../test/devices";
import { createServerSigner } from "./signing";
import { signedUpPerson } from "../../test/sign-up";

async function serverSigned(
  engine: TestEngine,
  view: { signature: string } & Parameters<typeof requestPayload>[0],
) {
  const publicKey = createServerSigner(engine.twofold.deps.keys.pushSigning).publicKey;
  const key = await webcrypto.subtle.importKey(
    "jwk",
    publicKey,
    { name: "ECDSA", namedCurve: "P-256" },
    false,
    ["verify"],
  );
  return webcrypto.subtle.verify(
    { name: "ECDSA", hash: "SHA-256" },
    key,
    Buffer.from(view.signature, "base64url"),
    new TextEncoder().encode(requestPayload(view)),
  );
}

describe.each(databaseKinds())("push approval on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("enrolls a device with a one-time code: the first factor, backup codes shown once", async () => {
    const person = await personWithDevice(engine);
    expect(person.backupCodes).toHaveLength(10);
    const status = await engine.twofold.twoFactor.status(person.accountId);
    expect(status).toMatchObject({ enabled: true, factors: [{ kind: "push", label: "Terminal" }] });
  });

  it("shows the backup codes of a first device once: asked again, the page learns only that it is done", async () => {
    const email = `once-${Date.now()}@example.ch`;
    const session = await signedUpPerson(
      engine,
      { email, password: "a long password here" },
      TEST_META,
    );
    const account = await engine.twofold.accounts.get(session.session.accountId);
    if (!account) throw new Error("no account");
    const start = await engine.twofold.push.beginDeviceEnrollment(account, "Phone");
    expect(
      must(await engine.twofold.push.enrollmentStatus(account.id, start.enrollmentId)),
    ).toMatchObject({
      status: "pending",
    });
    const keys = await softDeviceKeys();
    must(
      await engine.twofold.push.enrollDevice(
        {
          enrollmentCode: start.enrollmentCode,
          publicKey: keys.publicKey,
          algorithm: "ES256",
          name: "Phone",
          platform: "ios",
        },
        TEST_META,
      ),
    );
    const first = must(await engine.twofold.push.enrollmentStatus(account.id, start.enrollmentId));
    expect(first.status === "done" && first.backupCodes).toHaveLength(10);
    const second = must(await engine.twofold.push.enrollmentStatus(account.id, start.enrollmentId));
    expect(second).toEqual({
      status: "done",
      deviceId: first.status === "done" ? first.deviceId : "",
    });
  });

  it("refuses an enrollment code used twice or after 10 minutes", async () => {
    const person = await personWithDevice(engine);
    const account = await engine.twofold.accounts.get(person.accountId);
    if (!account) throw new Error("no account");
    const start = await engine.twofold.push.beginDeviceEnrollment(account, "Phone");
    const keys = await softDeviceKeys();
    const input = {
      enrollmentCode: start.enrollmentCode,
      publicKey: keys.publicKey,
      algorithm: "ES256" as const,
      name: "Phone",
      platform: "ios",
    };
    engine.clock.advanceSeconds(10 * 60 + 1);
    expect(await engine.twofold.push.enrollDevice(input, TEST_META)).toEqual({
      ok: false,
      reason: "INVALID_CODE",
    });
    const fresh = await engine.twofold.push.beginDeviceEnrollment(account, "Phone");
    must(
      await engine.twofold.push.enrollDevice(
        { ...input, enrollmentCode: fresh.enrollmentCode },
        TEST_META,
      ),
    );
    expect(
      await engine.twofold.push.enrollDevice(
        { ...input, enrollmentCode: fresh.enrollmentCode },
        TEST_META,
      ),
    ).toEqual({
      ok: false,
      reason: "INVALID_CODE",
    });
    // Not the first factor: no backup codes this time.
    expect(
      must(await engine.twofold.push.enrollmentStatus(account.id, fresh.enrollmentId)),
    ).toMatchObject({
      status: "done",
    });
  });

  it("YES with the right number signs the browser in; the device saw a signed request without the number", async () => {
    const person = await personWithDevice(engine);
    const pending = await pendingSignIn(engine, person.email);
    const push = must(await engine.twofold.push.start(pending.session, TEST_META));
    expect(push.number).toBeGreaterThanOrEqual(10);
    expect(push.number).toBeLessThanOrEqual(99);
    // Asking again for the same sign-in gives the same request: one pending per sign-in.
    expect(must(await engine.twofold.push.start(pending.session, TEST_META)).requestId).toBe(
      push.requestId,
    );

    const [seen] = await person.device.poll(engine);
    expect(seen).toMatchObject({
      requestId: push.requestId,
      account: person.email,
      ip: TEST_META.ip,
    });
    // The number is typed by the person from the login page: the device is never told it.
    expect(Object.keys(seen ?? {}).sort()).toEqual([
      "account",
      "createdAt",
      "expiresAt",
      "ip",
      "place",
      "requestId",
      "signature",
      "userAgent",
    ]);
    expect(seen && (await serverSigned(engine, seen))).toBe(true);

    expect(await engine.twofold.push.status(pending.session, push.requestId)).toEqual({
      ok: true,
      value: { status: "pending" },
    });
    must(await person.device.respond(engine, push.requestId, "approve", push.number));
    expect(must(await engine.twofold.push.status(pending.session, push.requestId))).toEqual({
      status: "approved",
    });
    const done = must(await engine.twofold.push.finish(pending.session, push.requestId, TEST_META));
    expect(await engine.twofold.sessions.resolve(done.token)).toMatchObject({ state: "active" });
    expect(await engine.twofold.sessions.resolve(pending.token)).toBeNull();
    // A second finish of the same sign-in (a finish that lost the race) is told it is done.
    expect(await engine.twofold.push.finish(pending.session, push.requestId, TEST_META)).toEqual({
      ok: false,
      reason: "NO_PENDING_SIGN_IN",
    });
  });

  it("a sign-in finished before the device answered is told so, not that it was refused", async () => {
    const person = await personWithDevice(engine);
    const pending = await pendingSignIn(engine, person.email);
    const push = must(await engine.twofold.push.start(pending.session, TEST_META));
    expect(await engine.twofold.push.finish(pending.session, push.requestId, TEST_META)).toEqual({
      ok: false,
      reason: "PUSH_NOT_ANSWERED",
    });
    engine.clock.advanceSeconds(DEFAULT_CONFIG.push.requestTtlMs / 1000);
    expect(await engine.twofold.push.finish(pending.session, push.requestId, TEST_META)).toEqual({
      ok: false,
      reason: "PUSH_EXPIRED",
    });
  });

  it("NO refuses the sign-in", async () => {
    const person = await personWithDevice(engine);
    const pending = await pendingSignIn(engine, person.email);
    const push = must(await engine.twofold.push.start(pending.session, TEST_META));
    must(await person.device.respond(engine, push.requestId, "deny", null));
    expect(must(await engine.twofold.push.status(pending.session, push.requestId))).toEqual({
      status: "denied",
    });
    expect(await engine.twofold.push.finish(pending.session, push.requestId, TEST_META)).toEqual({
      ok: false,
      reason: "PUSH_DENIED",
    });
  });

  it("NO and report: other pending sign-ins end, pushes pause 20 minutes, the log says so", async () => {
    const person = await personWithDevice(engine);
    const first = await pendingSignIn(engine, person.email);
    const second = await pendingSignIn(engine, person.email);
    const a = must(await engine.twofold.push.start(first.session, TEST_META));
    must(await engine.twofold.push.start(second.session, TEST_META));
    must(await person.device.respond(engine, a.requestId, "report", null));
    expect(await engine.twofold.sessions.resolve(second.token)).toBeNull();
    const third = await pendingSignIn(engine, person.email);
    expect(await engine.twofold.push.start(third.session, TEST_META)).toMatchObject({
      ok: false,
      reason: "PUSH_PAUSED",
    });
    engine.clock.advanceSeconds(20 * 60 + 1);
    const fourth = await pendingSignIn(engine, person.email);
    expect((await engine.twofold.push.start(fourth.session, TEST_META)).ok).toBe(true);
    const log = await engine.twofold.securityLog.list(person.accountId);
    expect(log.events.map((e) => e.type)).toContain("push_reported");
  });

  it("at most 5 pushes per account in 10 minutes", async () => {
    const person = await personWithDevice(engine);
    for (let i = 0; i < 5; i += 1) {
      const p = await pendingSignIn(engine, person.email);
      must(await engine.twofold.push.start(p.session, TEST_META));
    }
    const sixth = await pendingSignIn(engine, person.email);
    expect(await engine.twofold.push.start(sixth.session, TEST_META)).toMatchObject({
      ok: false,
      reason: "RATE_LIMITED",
    });
  });

  it("a sign-in signed out in the same moment gets no request and is told its session ended", async () => {
    const person = await personWithDevice(engine);
    const pending = await pendingSignIn(engine, person.email);
    // A batch of requests: the sign-out ends the session while the request is being stored.
    await engine.twofold.sessions.end(pending.session, TEST_META);
    expect(await engine.twofold.push.start(pending.session, TEST_META)).toEqual({
      ok: false,
      reason: "UNAUTHENTICATED",
    });
    expect(await person.device.poll(engine)).toEqual([]);
  });

  it("a device of no account, or keys that are not the device's, cannot answer", async () => {
    const person = await personWithDevice(engine);
    const pending = await pendingSignIn(engine, person.email);
    const push = must(await engine.twofold.push.start(pending.session, TEST_META));
    const impostor = softDevice(person.device.deviceId, await softDeviceKeys());
    expect(
      await engine.twofold.push.answer(
        await impostor.answer(push.requestId, "approve", push.number),
        TEST_META,
      ),
    ).toEqual({
      ok: false,
      reason: "INVALID_SIGNATURE",
    });
    const stranger = softDevice("00000000-0000-4000-8000-000000000000", await softDeviceKeys());
    expect(
      await engine.twofold.push.answer(
        await stranger.answer(push.requestId, "approve", push.number),
        TEST_META,
      ),
    ).toEqual({
      ok: false,
      reason: "DEVICE_NOT_FOUND",
    });
  });
});
