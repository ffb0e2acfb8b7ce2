// Threat: an approval given on the device for one purpose (a sign-in, or a security change)
// is used for the other, or twice.
import { personWithDevice, useTestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { bearerSignIn, createClient, keep, reasonFrom } from "../test/clients";

describe.each(databaseKinds())("step-up with the authenticator device on %s", (kind) => {
  const engine = useTestEngine(kind);
  const device = () => createClient(engine.twofold, "bearer").caller.device;

  it("number matching on the device steps the session up once, and is logged with the device", async () => {
    const person = await personWithDevice(engine);
    const browser = createClient(engine.twofold, "bearer", person.session.token);
    expect(await browser.caller.account.stepUpMethods()).toEqual({
      methods: ["push", "password"],
    });
    const push = await browser.caller.account.startStepUpPush();
    // The devices get it as they get a sign-in's request.
    expect((await person.device.poll(engine)).map((r) => r.requestId)).toEqual([push.requestId]);
    const { requestId } = push;
    expect(await browser.caller.account.stepUpPushResult({ requestId })).toEqual({
      status: "pending",
    });
    expect(await reasonFrom(browser.caller.account.finishStepUpPush({ requestId }))).toBe(
      "PUSH_NOT_ANSWERED",
    );
    await device().answer(await person.device.answer(requestId, "approve", push.number));
    expect(await browser.caller.account.stepUpPushResult({ requestId, waitSeconds: 1 })).toEqual({
      status: "approved",
    });
    const { until } = await browser.caller.account.finishStepUpPush({ requestId });
    expect(new Date(until).getTime()).toBe(engine.clock.now().getTime() + 5 * 60_000);
    const { events } = await browser.caller.securityLog.list();
    expect(events.find((e) => e.type === "reauthenticated")).toMatchObject({
      detail: { factor: "push", label: "Terminal" },
    });
    expect(await reasonFrom(browser.caller.account.finishStepUpPush({ requestId }))).toBe(
      "CODE_ALREADY_USED",
    );
  });

  it("a NO, or a wrong number, steps nothing up; a closed dialog cancels the request", async () => {
    const person = await personWithDevice(engine);
    const browser = createClient(engine.twofold, "bearer", person.session.token);
    const denied = await browser.caller.account.startStepUpPush();
    await device().answer(await person.device.answer(denied.requestId, "deny", null));
    expect(
      await reasonFrom(browser.caller.account.finishStepUpPush({ requestId: denied.requestId })),
    ).toBe("PUSH_DENIED");
    const wrong = await browser.caller.account.startStepUpPush();
    const otherNumber = wrong.number === 99 ? 10 : wrong.number + 1;
    expect(
      await reasonFrom(
        device().answer(await person.device.answer(wrong.requestId, "approve", otherNumber)),
      ),
    ).toBe("WRONG_NUMBER");
    expect(
      await reasonFrom(browser.caller.account.finishStepUpPush({ requestId: wrong.requestId })),
    ).toBe("PUSH_DENIED");
    const left = await browser.caller.account.startStepUpPush();
    expect(await browser.caller.account.cancelStepUpPush({ requestId: left.requestId })).toEqual({
      cancelled: true,
    });
    expect(await person.device.poll(engine)).toEqual([]);
  });

  it("a step-up's approval finishes no sign-in, and a sign-in's approval steps nothing up", async () => {
    const person = await personWithDevice(engine);
    const active = createClient(engine.twofold, "bearer", person.session.token);
    const stepUp = await active.caller.account.startStepUpPush();
    await device().answer(await person.device.answer(stepUp.requestId, "approve", stepUp.number));
    // The sign-in doors do not know a step-up's request, whichever session asks.
    const pending = await bearerSignIn(engine.twofold, person.email);
    for (const client of [active, pending]) {
      expect(await reasonFrom(client.caller.auth.finishPush({ requestId: stepUp.requestId }))).toBe(
        "PUSH_REQUEST_NOT_FOUND",
      );
      expect(await reasonFrom(client.caller.auth.pushResult({ requestId: stepUp.requestId }))).toBe(
        "PUSH_REQUEST_NOT_FOUND",
      );
    }

    // A sign-in's request, approved, then the sign-in finished another way (a backup code):
    // the approval cannot step that session up later.
    const signIn = await pending.caller.auth.startPush();
    await device().answer(await person.device.answer(signIn.requestId, "approve", signIn.number));
    keep(
      pending,
      await pending.caller.auth.verifyBackupCode({ code: person.backupCodes[0] ?? "" }),
    );
    expect((await pending.caller.auth.me()).session.state).toBe("active");
    expect(
      await reasonFrom(pending.caller.account.finishStepUpPush({ requestId: signIn.requestId })),
    ).toBe("PUSH_REQUEST_NOT_FOUND");
    expect(
      await reasonFrom(pending.caller.account.stepUpPushResult({ requestId: signIn.requestId })),
    ).toBe("PUSH_REQUEST_NOT_FOUND");
    // Nor can a pending session step up at all.
    const half = await bearerSignIn(engine.twofold, person.email);
    expect(await reasonFrom(half.caller.account.startStepUpPush())).toBe("SECOND_FACTOR_REQUIRED");
  });

  it("of concurrent finishes of one approval exactly one steps up", async () => {
    const person = await personWithDevice(engine);
    const browser = createClient(engine.twofold, "bearer", person.session.token);
    const push = await browser.caller.account.startStepUpPush();
    await device().answer(await person.device.answer(push.requestId, "approve", push.number));
    const outcomes = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        browser.caller.account.finishStepUpPush({ requestId: push.requestId }),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const { events } = await browser.caller.securityLog.list();
    expect(events.filter((e) => e.type === "reauthenticated")).toHaveLength(1);
  });
});
