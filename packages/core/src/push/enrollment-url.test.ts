import { describe, expect, it } from "vitest";
import { createTestEngine, TEST_META, TEST_PASSWORD, uniqueEmail } from "../../test/engine";
import { qrSVG } from "../totp/qr";
import { deviceEnrollmentUrl } from "./enrollment";
import { signedUpPerson } from "../../test/sign-up";

describe("the enrollment QR code", () => {
  it("is the phone authenticator's address with the code in its fragment", () => {
    expect(deviceEnrollmentUrl("https://twofold.example.org/", "ABCD-EFGH-JKMN-PQRS-TVWX")).toBe(
      "https://twofold.example.org/authenticator/#enroll=ABCD-EFGH-JKMN-PQRS-TVWX",
    );
  });

  it("holds the public URL the server is configured with, so a phone's camera opens the app", async () => {
    const engine = await createTestEngine("pglite", { publicUrl: "https://2fa.example.ch" });
    try {
      const signedUp = await signedUpPerson(
        engine,
        { email: uniqueEmail("qr"), password: TEST_PASSWORD },
        TEST_META,
      );
      const account = await engine.twofold.accounts.get(signedUp.session.accountId);
      if (!account) throw new Error("no account");
      const started = await engine.twofold.push.beginDeviceEnrollment(account, "Phone");
      expect(started.qrSvg).toBe(
        await qrSVG(`https://2fa.example.ch/authenticator/#enroll=${started.enrollmentCode}`),
      );
    } finally {
      await engine.close();
    }
  });
});
