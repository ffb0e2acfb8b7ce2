import { personWithDevice, useTestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { bearerSignIn, reasonFrom } from "../../test/clients";

describe.each(databaseKinds())("the push procedures of auth on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("finishes a pending sign-in once the device approved the number shown", async () => {
    const person = await personWithDevice(engine);
    const tui = await bearerSignIn(engine.twofold, person.email);
    const push = await tui.caller.auth.startPush();
    expect(await tui.caller.auth.pushResult({ requestId: push.requestId })).toEqual({
      status: "pending",
    });
    await person.device.respond(engine, push.requestId, "approve", push.number);
    expect(await tui.caller.auth.pushResult({ requestId: push.requestId })).toEqual({
      status: "approved",
    });
    const done = await tui.caller.auth.finishPush({ requestId: push.requestId });
    expect(done).toEqual({ status: "authenticated", token: done.token });
    expect(done.token).toEqual(expect.any(String));
  });

  it("refuses to finish before the device answered (PUSH_NOT_ANSWERED)", async () => {
    const person = await personWithDevice(engine);
    const tui = await bearerSignIn(engine.twofold, person.email);
    const push = await tui.caller.auth.startPush();
    expect(await reasonFrom(tui.caller.auth.finishPush({ requestId: push.requestId }))).toBe(
      "PUSH_NOT_ANSWERED",
    );
  });
});
