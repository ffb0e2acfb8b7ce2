import { useTestEngine } from "@twofold/core/testing";
import { databaseKinds, otpAppCode } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { reasonFrom, wrongTOTPCode } from "../../test/clients";
import { signedUpBrowser } from "../../test/sign-up";

describe.each(databaseKinds())("the totp router on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("enrolls an OTP app with its first code, names it, and removes it", async () => {
    const browser = await signedUpBrowser(engine);
    const enrollment = await browser.caller.totp.beginEnrollment({ label: "Phone" });
    expect(enrollment.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    const confirmed = await browser.caller.totp.confirmEnrollment({
      enrollmentId: enrollment.enrollmentId,
      code: otpAppCode(enrollment.otpauthUri, engine.clock.now()),
    });
    expect(confirmed.backupCodes).toHaveLength(10);
    const renamed = await browser.caller.totp.rename({ id: confirmed.id, label: "Old phone" });
    expect(renamed).toMatchObject({ id: confirmed.id, kind: "totp", label: "Old phone" });
    expect(await browser.caller.totp.remove({ id: confirmed.id })).toEqual({
      twoFactorEnabled: false,
    });
  });

  it("refuses a first code the app does not show (INVALID_CODE)", async () => {
    const browser = await signedUpBrowser(engine);
    const enrollment = await browser.caller.totp.beginEnrollment({ label: "Phone" });
    const wrong = wrongTOTPCode(enrollment.otpauthUri, engine.clock.now());
    expect(
      await reasonFrom(
        browser.caller.totp.confirmEnrollment({
          enrollmentId: enrollment.enrollmentId,
          code: wrong,
        }),
      ),
    ).toBe("INVALID_CODE");
  });
});
