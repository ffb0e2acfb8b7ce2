import { personWithTOTP, useTestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createClient, reasonFrom } from "../../test/clients";

describe.each(databaseKinds())("the twoFactor router on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("shows two-step on with its OTP app, prefers it, and turns two-step off", async () => {
    const person = await personWithTOTP(engine);
    const browser = createClient(engine.twofold, "bearer", person.session.token);
    expect(await browser.caller.twoFactor.status()).toMatchObject({
      enabled: true,
      factors: [{ id: person.factorId, kind: "totp", label: "Phone" }],
      backupCodesRemaining: 10,
      disabledMethods: [],
    });
    expect(await browser.caller.twoFactor.setPreferred({ kind: "totp" })).toEqual({
      preferred: "totp",
    });
    expect(await browser.caller.twoFactor.disable()).toEqual({ enabled: false });
    expect((await browser.caller.twoFactor.status()).enabled).toBe(false);
  });

  it("refuses to prefer a method the account does not have (FACTOR_NOT_AVAILABLE)", async () => {
    const person = await personWithTOTP(engine);
    const browser = createClient(engine.twofold, "bearer", person.session.token);
    expect(await reasonFrom(browser.caller.twoFactor.setPreferred({ kind: "sms" }))).toBe(
      "FACTOR_NOT_AVAILABLE",
    );
  });
});
