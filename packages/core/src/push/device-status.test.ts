import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../config";
import { must, pendingSignIn, TEST_META, useTestEngine, type TestEngine } from "../../test/engine";
import { addDevice, personWithDevice, type SoftDevice } from "../../test/devices";

async function stateFor(engine: TestEngine, device: SoftDevice, requestId: string) {
  return engine.twofold.push.deviceStatus(await device.signedStatus(engine, requestId));
}

describe.each(databaseKinds())("a device asks where a request stands, on %s", (kind) => {
  const engine = useTestEngine(kind);

  async function waitingRequest() {
    const person = await personWithDevice(engine);
    const pending = await pendingSignIn(engine, person.email);
    const push = must(await engine.twofold.push.start(pending.session, TEST_META));
    return { person, pending, push };
  }

  it("waiting, then approved for the device that said YES and answered elsewhere for the other", async () => {
    const { person, push } = await waitingRequest();
    const other = await addDevice(engine, person.accountId, "Phone");
    expect(must(await stateFor(engine, person.device, push.requestId))).toEqual({
      state: "waiting",
    });
    must(await person.device.respond(engine, push.requestId, "approve", push.number));
    expect(must(await stateFor(engine, person.device, push.requestId))).toEqual({
      state: "approved",
    });
    expect(must(await stateFor(engine, other, push.requestId))).toEqual({
      state: "answered_elsewhere",
    });
  });

  it("denied, reported, and a wrong number (the sign-in was refused) for the device that answered", async () => {
    const denied = await waitingRequest();
    must(await denied.person.device.respond(engine, denied.push.requestId, "deny", null));
    expect(must(await stateFor(engine, denied.person.device, denied.push.requestId))).toEqual({
      state: "denied",
    });

    const wrong = await waitingRequest();
    const number = wrong.push.number === 99 ? 10 : wrong.push.number + 1;
    await wrong.person.device.respond(engine, wrong.push.requestId, "approve", number);
    expect(must(await stateFor(engine, wrong.person.device, wrong.push.requestId))).toEqual({
      state: "denied",
    });

    const reported = await waitingRequest();
    must(await reported.person.device.respond(engine, reported.push.requestId, "report", null));
    expect(must(await stateFor(engine, reported.person.device, reported.push.requestId))).toEqual({
      state: "reported",
    });
  });

  it("cancelled when the browser signs out or finishes with another factor, or a report ends it", async () => {
    const signedOut = await waitingRequest();
    await engine.twofold.sessions.end(signedOut.pending.session, TEST_META);
    expect(must(await stateFor(engine, signedOut.person.device, signedOut.push.requestId))).toEqual(
      { state: "cancelled" },
    );
    // Over for answers too, and gone from what the device is asked to show.
    expect(
      await signedOut.person.device.respond(engine, signedOut.push.requestId, "approve", 10),
    ).toEqual({ ok: false, reason: "PUSH_REQUEST_NOT_FOUND" });
    expect(await signedOut.person.device.poll(engine)).toEqual([]);

    const otherFactor = await waitingRequest();
    const code = otherFactor.person.backupCodes[0] ?? "";
    must(
      await engine.twofold.secondFactor.verifyBackupCode(
        otherFactor.pending.session,
        code,
        TEST_META,
      ),
    );
    expect(
      must(await stateFor(engine, otherFactor.person.device, otherFactor.push.requestId)),
    ).toEqual({ state: "cancelled" });

    // A report on one sign-in ends the account's other waiting requests.
    const first = await waitingRequest();
    const second = await pendingSignIn(engine, first.person.email);
    const other = must(await engine.twofold.push.start(second.session, TEST_META));
    must(await first.person.device.respond(engine, first.push.requestId, "report", null));
    expect(must(await stateFor(engine, first.person.device, other.requestId))).toEqual({
      state: "cancelled",
    });
  });

  it("expired once its time is over", async () => {
    const { person, push } = await waitingRequest();
    engine.clock.advanceSeconds(DEFAULT_CONFIG.push.requestTtlMs / 1000);
    expect(must(await stateFor(engine, person.device, push.requestId))).toEqual({
      state: "expired",
    });
  });
});
