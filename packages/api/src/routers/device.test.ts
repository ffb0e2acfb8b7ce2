import { personWithDevice, useTestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { bearerSignIn, createClient, reasonFrom } from "../../test/clients";

describe.each(databaseKinds())("the device router on %s", (kind) => {
  const engine = useTestEngine(kind);
  const device = () => createClient(engine.twofold, "bearer").caller.device;

  it("lets a device answer a push request with its signature", async () => {
    const person = await personWithDevice(engine);
    const tui = await bearerSignIn(engine.twofold, person.email);
    const push = await tui.caller.auth.startPush();
    await device().answer(await person.device.answer(push.requestId, "approve", push.number));
    expect(await tui.caller.auth.pushResult({ requestId: push.requestId })).toEqual({
      status: "approved",
    });
  });

  it("refuses an enrollment code that was never handed out (INVALID_CODE)", async () => {
    expect(
      await reasonFrom(
        device().enroll({
          enrollmentCode: "ABCD-EFGH-JKLM",
          publicKey: { kty: "EC", crv: "P-256", x: "x", y: "y" },
          name: "Pixel",
          platform: "Android",
        }),
      ),
    ).toBe("INVALID_CODE");
  });
});
