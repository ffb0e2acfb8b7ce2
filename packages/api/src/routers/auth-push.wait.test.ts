import { DEFAULT_CONFIG } from "@twofold/core";
import { personWithDevice, useTestEngine, type TestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { bearerSignIn, createClient, reasonFrom, type Client } from "../../test/clients";

/** Long enough that a call answering within a test's time was woken, not timed out. */
const LONG_WAIT = 20;

/** A waiting call, and whether it has answered yet. */
function waitFor(client: Client, requestId: string, waitSeconds = LONG_WAIT) {
  let answered = false;
  const result = client.caller.auth.pushResult({ requestId, waitSeconds }).finally(() => {
    answered = true;
  });
  return { result, answered: () => answered };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i += 1) await new Promise((r) => setTimeout(r, 10));
}

/** The call is waiting (it was given the time to answer "pending" and did not). */
async function isWaiting(engine: TestEngine, call: { answered: () => boolean }): Promise<boolean> {
  await until(() => engine.twofold.deps.pushWaiters.count > 0);
  await new Promise((r) => setTimeout(r, 50));
  return !call.answered();
}

async function waitingSignIn(engine: TestEngine) {
  const person = await personWithDevice(engine);
  const tui = await bearerSignIn(engine.twofold, person.email);
  const push = await tui.caller.auth.startPush();
  return { person, tui, push };
}

describe.each(databaseKinds())("auth.pushResult waiting for the answer on %s", (kind) => {
  // No re-read during a wait: an answer before its end was woken by the change itself.
  const engine = useTestEngine(kind, {
    push: { ...DEFAULT_CONFIG.push, waitRecheckMs: 60_000 },
  });

  it("answers approved as soon as the device says YES, long before its 20 s wait is over", async () => {
    const { person, tui, push } = await waitingSignIn(engine);
    const call = waitFor(tui, push.requestId);
    expect(await isWaiting(engine, call)).toBe(true);
    await person.device.respond(engine, push.requestId, "approve", push.number);
    expect(await call.result).toEqual({ status: "approved" });
    expect(engine.twofold.deps.pushWaiters.count).toBe(0);
  });

  it("answers denied as soon as the device says NO", async () => {
    const { person, tui, push } = await waitingSignIn(engine);
    const call = waitFor(tui, push.requestId);
    expect(await isWaiting(engine, call)).toBe(true);
    await person.device.respond(engine, push.requestId, "deny", null);
    expect(await call.result).toEqual({ status: "denied" });
  });

  it("answers cancelled when the sign-in leaves the push step elsewhere (auth.cancelPush)", async () => {
    const { tui, push } = await waitingSignIn(engine);
    const call = waitFor(tui, push.requestId);
    expect(await isWaiting(engine, call)).toBe(true);
    const sameSignIn = createClient(engine.twofold, "bearer", tui.token);
    expect(await sameSignIn.caller.auth.cancelPush({ requestId: push.requestId })).toEqual({
      cancelled: true,
    });
    expect(await call.result).toEqual({ status: "cancelled" });
  });

  it("a report on the device ends the waiting sign-ins: their calls answer UNAUTHENTICATED", async () => {
    const { person, tui, push } = await waitingSignIn(engine);
    const other = await bearerSignIn(engine.twofold, person.email);
    const otherPush = await other.caller.auth.startPush();
    const call = waitFor(tui, push.requestId);
    const otherCall = waitFor(other, otherPush.requestId);
    // Both calls wait (one waiter per sign-in) before the report.
    await until(() => engine.twofold.deps.pushWaiters.count >= 2);
    expect(await isWaiting(engine, call)).toBe(true);
    expect(otherCall.answered()).toBe(false);
    // Both answers are awaited at once, so neither is left unheard while the other settles.
    const reasons = Promise.all([reasonFrom(call.result), reasonFrom(otherCall.result)]);
    await person.device.respond(engine, push.requestId, "report", null);
    // The report ended every sign-in of the account waiting for its second factor, as their
    // next call would say.
    expect(await reasons).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED"]);
  });

  it("a newer wait of the same sign-in makes the older answer pending at once", async () => {
    const { person, tui, push } = await waitingSignIn(engine);
    const older = waitFor(tui, push.requestId);
    expect(await isWaiting(engine, older)).toBe(true);
    const newer = waitFor(tui, push.requestId);
    expect(await older.result).toEqual({ status: "pending" });
    expect(engine.twofold.deps.pushWaiters.count).toBe(1);
    await person.device.respond(engine, push.requestId, "approve", push.number);
    expect(await newer.result).toEqual({ status: "approved" });
  });

  it("answers pending when its wait is over without an answer (the client asks again)", async () => {
    const { tui, push } = await waitingSignIn(engine);
    expect(await waitFor(tui, push.requestId, 1).result).toEqual({ status: "pending" });
  });

  it("answers at once when the request is already decided, and refuses another sign-in's request", async () => {
    const { person, tui, push } = await waitingSignIn(engine);
    await person.device.respond(engine, push.requestId, "approve", push.number);
    expect(await waitFor(tui, push.requestId).result).toEqual({ status: "approved" });
    const stranger = await waitingSignIn(engine);
    expect(await reasonFrom(waitFor(stranger.tui, push.requestId).result)).toBe(
      "PUSH_REQUEST_NOT_FOUND",
    );
  });
});

describe.each(databaseKinds())(
  "auth.pushResult waiting for a request that expires on %s",
  (kind) => {
    const ttlMs = 1_000;
    const engine = useTestEngine(kind, { push: { ...DEFAULT_CONFIG.push, requestTtlMs: ttlMs } });

    it("answers expired when the request expires, with no event, before its 20 s wait is over", async () => {
      const { tui, push } = await waitingSignIn(engine);
      const call = waitFor(tui, push.requestId);
      expect(await isWaiting(engine, call)).toBe(true);
      // The test's clock moves as real time does while the call waits.
      const ticking = setInterval(() => engine.clock.advance(100), 100);
      try {
        expect(await call.result).toEqual({ status: "expired" });
      } finally {
        clearInterval(ticking);
      }
    });
  },
);
