import { useTestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { reasonFrom } from "../../test/clients";
import { signedUpBrowser } from "../../test/sign-up";

describe.each(databaseKinds())("the push router on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("hands out an enrollment code for a device and says it is pending until used", async () => {
    const browser = await signedUpBrowser(engine);
    const started = await browser.caller.push.beginDeviceEnrollment({ label: "Phone" });
    expect(started.enrollmentCode).toEqual(expect.any(String));
    expect(started.qrSvg).toContain("<svg");
    expect(
      await browser.caller.push.enrollmentStatus({ enrollmentId: started.enrollmentId }),
    ).toEqual({ status: "pending" });
  });

  it("refuses to report on another account's enrollment (ENROLLMENT_NOT_FOUND)", async () => {
    const owner = await signedUpBrowser(engine);
    const started = await owner.caller.push.beginDeviceEnrollment({ label: "Phone" });
    const intruder = await signedUpBrowser(engine);
    expect(
      await reasonFrom(
        intruder.caller.push.enrollmentStatus({ enrollmentId: started.enrollmentId }),
      ),
    ).toBe("ENROLLMENT_NOT_FOUND");
  });
});
