// Threat: an attacker with the password gets a push approved by fatigue, forgery or replay.
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../config";
import { must, pendingSignIn, TEST_META, useTestEngine, type TestEngine } from "../../test/engine";
import { personWithDevice, type PersonWithDevice } from "../../test/devices";

async function pushFor(engine: TestEngine, person: PersonWithDevice) {
  const pending = await pendingSignIn(engine, person.email);
  const push = must(await engine.twofold.push.start(pending.session, TEST_META));
  return { pending, push };
}

describe.each(databaseKinds())("push answers that must be refused on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("a wrong number ends the request: no second try with the right one", async () => {
    const person = await personWithDevice(engine);
    const { pending, push } = await pushFor(engine, person);
    const wrong = push.number === 99 ? 10 : push.number + 1;
    expect(await person.device.respond(engine, push.requestId, "approve", wrong)).toEqual({
      ok: false,
      reason: "WRONG_NUMBER",
    });
    expect(await person.device.respond(engine, push.requestId, "approve", push.number)).toEqual({
      ok: false,
      reason: "PUSH_ALREADY_ANSWERED",
    });
    expect(must(await engine.twofold.push.status(pending.session, push.requestId))).toEqual({
      status: "denied",
    });
  });

  it("an answer after 60 seconds is refused as expired", async () => {
    const person = await personWithDevice(engine);
    const { pending, push } = await pushFor(engine, person);
    engine.clock.advanceSeconds(61);
    expect(await person.device.respond(engine, push.requestId, "approve", push.number)).toEqual({
      ok: false,
      reason: "PUSH_EXPIRED",
    });
    expect(must(await engine.twofold.push.status(pending.session, push.requestId))).toEqual({
      status: "expired",
    });
  });

  it("a second answer is refused; an answer signed for another request does not carry over", async () => {
    const person = await personWithDevice(engine);
    const first = await pushFor(engine, person);
    const second = await pushFor(engine, person);
    must(await person.device.respond(engine, first.push.requestId, "deny", null));
    expect(
      await person.device.respond(engine, first.push.requestId, "approve", first.push.number),
    ).toEqual({
      ok: false,
      reason: "PUSH_ALREADY_ANSWERED",
    });
    const signedForFirst = await person.device.answer(
      first.push.requestId,
      "approve",
      second.push.number,
    );
    expect(
      await engine.twofold.push.answer(
        { ...signedForFirst, requestId: second.push.requestId },
        TEST_META,
      ),
    ).toEqual({
      ok: false,
      reason: "INVALID_SIGNATURE",
    });
  });

  it("another account's device cannot answer, and a removed device stops at once", async () => {
    const person = await personWithDevice(engine);
    const other = await personWithDevice(engine);
    const { push } = await pushFor(engine, person);
    expect(await other.device.respond(engine, push.requestId, "approve", push.number)).toEqual({
      ok: false,
      reason: "PUSH_REQUEST_NOT_FOUND",
    });
    must(
      await engine.twofold.twoFactor.removeFactor(
        person.accountId,
        { kind: "push", factorId: person.device.deviceId },
        TEST_META,
      ),
    );
    expect(await person.device.respond(engine, push.requestId, "approve", push.number)).toEqual({
      ok: false,
      reason: "DEVICE_NOT_FOUND",
    });
  });

  it("approve and deny sent at once leave exactly one outcome", async () => {
    const person = await personWithDevice(engine);
    const { push } = await pushFor(engine, person);
    const answers = await Promise.all([
      person.device.answer(push.requestId, "approve", push.number),
      person.device.answer(push.requestId, "deny", null),
      person.device.answer(push.requestId, "approve", push.number),
      person.device.answer(push.requestId, "deny", null),
    ]);
    const results = await Promise.all(answers.map((a) => engine.twofold.push.answer(a, TEST_META)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual(
      Array(3).fill("PUSH_ALREADY_ANSWERED"),
    );
  });

  it("an approval finished five times at once opens one session; the others are told it is done", async () => {
    const person = await personWithDevice(engine);
    const { pending, push } = await pushFor(engine, person);
    must(await person.device.respond(engine, push.requestId, "approve", push.number));
    const finishes = await Promise.all(
      Array.from({ length: 5 }, () =>
        engine.twofold.push.finish(pending.session, push.requestId, TEST_META),
      ),
    );
    expect(finishes.filter((r) => r.ok)).toHaveLength(1);
    // Never PUSH_DENIED: the person approved.
    expect(finishes.flatMap((r) => (r.ok ? [] : [r.reason]))).toEqual(
      Array(4).fill("NO_PENDING_SIGN_IN"),
    );
  });

  it("lets no more pushes through than the window allows, even when they are started at once", async () => {
    const person = await personWithDevice(engine);
    const { maxPerWindow } = DEFAULT_CONFIG.push;
    const pendings = [];
    for (let i = 0; i < maxPerWindow * 3; i += 1)
      pendings.push(await pendingSignIn(engine, person.email));
    const results = await Promise.all(
      pendings.map((p) => engine.twofold.push.start(p.session, TEST_META)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(maxPerWindow);
    expect(new Set(results.flatMap((r) => (r.ok ? [] : [r.reason])))).toEqual(
      new Set(["RATE_LIMITED"]),
    );
  });
});
