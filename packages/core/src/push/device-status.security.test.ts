// Threat: a device (or someone holding a stolen signature) learns about requests that are not its account's, or replays an old question.
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { must, pendingSignIn, TEST_META, useTestEngine } from "../../test/engine";
import { personWithDevice } from "../../test/devices";

describe.each(databaseKinds())("device.status refuses, on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("another account's request is not found, as an unknown one is", async () => {
    const owner = await personWithDevice(engine);
    const stranger = await personWithDevice(engine);
    const pending = await pendingSignIn(engine, owner.email);
    const push = must(await engine.twofold.push.start(pending.session, TEST_META));
    expect(
      await engine.twofold.push.deviceStatus(
        await stranger.device.signedStatus(engine, push.requestId),
      ),
    ).toEqual({ ok: false, reason: "PUSH_REQUEST_NOT_FOUND" });
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect(
      await engine.twofold.push.deviceStatus(await owner.device.signedStatus(engine, unknown)),
    ).toEqual({ ok: false, reason: "PUSH_REQUEST_NOT_FOUND" });
  });

  it("a signature over another request, another device or an old time is refused", async () => {
    const person = await personWithDevice(engine);
    const pending = await pendingSignIn(engine, person.email);
    const push = must(await engine.twofold.push.start(pending.session, TEST_META));
    const signed = await person.device.signedStatus(engine, push.requestId);
    const other = "00000000-0000-4000-8000-000000000000";
    expect(await engine.twofold.push.deviceStatus({ ...signed, requestId: other })).toEqual({
      ok: false,
      reason: "INVALID_SIGNATURE",
    });
    engine.clock.advanceSeconds(61);
    expect(await engine.twofold.push.deviceStatus(signed)).toEqual({
      ok: false,
      reason: "INVALID_SIGNATURE",
    });
    const stranger = await personWithDevice(engine);
    const theirs = await stranger.device.signedStatus(engine, push.requestId);
    expect(
      await engine.twofold.push.deviceStatus({ ...theirs, deviceId: person.device.deviceId }),
    ).toEqual({ ok: false, reason: "INVALID_SIGNATURE" });
  });
});
