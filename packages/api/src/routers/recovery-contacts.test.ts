import { uniqueEmail, uniqueMobile, useRecoveryWorld } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { reasonFrom } from "../../test/clients";
import { signedUpBrowser } from "../../test/sign-up";

describe.each(databaseKinds())("the recovery contacts procedures on %s", (kind) => {
  const { engine, provider, mailedCode } = useRecoveryWorld(kind);

  it("sets, confirms, shows masked and removes the recovery address and mobile", async () => {
    const browser = await signedUpBrowser(engine);
    const { recovery } = browser.caller;
    expect(await recovery.contacts()).toEqual({
      address: null,
      pendingAddress: null,
      phone: null,
      pendingPhone: null,
    });
    const address = uniqueEmail("tom");
    const sent = await recovery.setAddress({ email: address });
    expect(sent.sentTo).toMatch(/^t•••@example\.ch$/);
    expect(Date.parse(sent.expiresAt)).toBeGreaterThan(engine.clock.now().getTime());
    expect(await recovery.confirmAddress({ code: await mailedCode(address) })).toEqual({
      address: sent.sentTo,
    });
    const phone = uniqueMobile();
    const texted = await recovery.setPhone({ phone });
    expect(texted.sentTo).toBe(`+41 79 *** ** ${phone.slice(-2)}`);
    await recovery.confirmPhone({ code: provider.lastCode(phone) });
    expect(await recovery.contacts()).toEqual({
      address: sent.sentTo,
      pendingAddress: null,
      phone: texted.sentTo,
      pendingPhone: null,
    });
    expect(await recovery.removeAddress()).toEqual({ removed: true });
    expect(await recovery.removePhone()).toEqual({ removed: true });
    expect(await reasonFrom(recovery.removePhone())).toBe("RECOVERY_CONTACT_NOT_SET");
  });

  it("refuses the sign-in address and a wrong code with their reasons", async () => {
    const browser = await signedUpBrowser(engine);
    const { recovery } = browser.caller;
    expect(await reasonFrom(recovery.setAddress({ email: browser.email }))).toBe(
      "RECOVERY_ADDRESS_SAME",
    );
    expect(await reasonFrom(recovery.setAddress({ email: "not an address" }))).toBe(
      "INVALID_EMAIL",
    );
    expect(await reasonFrom(recovery.confirmAddress({ code: "123456" }))).toBe("NO_CODE_SENT");
    expect(await reasonFrom(recovery.setPhone({ phone: "+44 7700 900123" }))).toBe(
      "COUNTRY_NOT_SUPPORTED",
    );
  });

  it("needs a recent authentication for every change (REAUTH_REQUIRED)", async () => {
    const browser = await signedUpBrowser(engine);
    const address = uniqueEmail("later");
    await browser.caller.recovery.setAddress({ email: address });
    const code = await mailedCode(address);
    engine.clock.advanceSeconds(6 * 60);
    const { recovery } = browser.caller;
    // One call at a time: a refusal is awaited as soon as it is made, never left unhandled.
    for (const call of [
      () => recovery.setAddress({ email: uniqueEmail() }),
      () => recovery.confirmAddress({ code }),
      () => recovery.removeAddress(),
      () => recovery.setPhone({ phone: uniqueMobile() }),
      () => recovery.confirmPhone({ code: "123456" }),
      () => recovery.removePhone(),
    ])
      expect(await reasonFrom(call())).toBe("REAUTH_REQUIRED");
    // Reading them needs none, and nothing changed.
    expect((await recovery.contacts()).address).toBeNull();
  });
});
