import {
  GENEROUS_SMS_LIMITS,
  senderFor,
  TEST_PASSWORD,
  uniqueEmail,
  uniqueMobile,
  useSmsProvider,
  useTestEngine,
} from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createClient, reasonFrom } from "../test/clients";
import { signUpThrough } from "../test/sign-up";

describe.each(databaseKinds())("SMS through the API on %s", (kind) => {
  const provider = useSmsProvider();
  const engine = useTestEngine(kind, GENEROUS_SMS_LIMITS, () => ({ sms: senderFor(provider) }));

  it("a browser adds a number, signs in with a code by SMS, then removes the number", async () => {
    const email = uniqueEmail("sms");
    const browser = createClient(engine.twofold, "cookie");
    await signUpThrough(engine, browser, { email, password: TEST_PASSWORD });
    const national = `0${uniqueMobile().slice(3)}`; // 079 ..., as a Swiss person types it
    const added = await browser.caller.sms.addPhone({ phone: national, country: "CH" });
    expect(added.e164).toBe(`+41${national.slice(1)}`);
    expect(added.sentTo).toMatch(/^\+41 7\d \*\*\* \*\* \d\d$/);
    const confirmed = await browser.caller.sms.confirmPhone({
      phoneId: added.phoneId,
      code: provider.lastCode(added.e164),
    });
    expect(confirmed.backupCodes).toHaveLength(10);
    expect((await browser.caller.twoFactor.status()).factors).toMatchObject([
      { id: confirmed.id, kind: "sms", phone: added.sentTo },
    ]);
    await browser.caller.auth.signOut();

    expect(await browser.caller.auth.signIn({ email, password: TEST_PASSWORD })).toMatchObject({
      status: "second_factor_required",
      factors: ["sms", "backup_code"],
      preferred: "sms",
    });
    const sent = await browser.caller.auth.sendSMSCode();
    expect(sent).toMatchObject({ phoneId: confirmed.id, sentTo: added.sentTo, others: [] });
    expect(await reasonFrom(browser.caller.auth.verifySMSCode({ code: "12345" }))).toBe(
      "INVALID_CODE_FORMAT",
    );
    expect(
      await browser.caller.auth.verifySMSCode({ code: provider.lastCode(added.e164) }),
    ).toEqual({ status: "authenticated" });
    expect((await browser.caller.auth.me()).session.state).toBe("active");

    expect(await browser.caller.sms.remove({ id: confirmed.id })).toEqual({
      twoFactorEnabled: false,
    });
  });

  it("answers refused numbers with their reason and sends nothing", async () => {
    const browser = createClient(engine.twofold, "cookie");
    await signUpThrough(engine, browser, { email: uniqueEmail("sms"), password: TEST_PASSWORD });
    const before = provider.received.length;
    const reason = (phone: string, country?: "CH") =>
      reasonFrom(browser.caller.sms.addPhone({ phone, ...(country && { country }) }));
    expect(await reason("+44 7700 900123")).toBe("COUNTRY_NOT_SUPPORTED");
    expect(await reason("+590 690 12 34 56")).toBe("COUNTRY_NOT_SUPPORTED");
    expect(await reason("044 668 18 00", "CH")).toBe("NOT_A_MOBILE_NUMBER");
    expect(await reason("079 12", "CH")).toBe("INVALID_PHONE_NUMBER");
    expect(
      await reasonFrom(browser.caller.sms.addPhone({ phone: "0791234567", country: "GB" as "CH" })),
    ).toBe("INVALID_INPUT");
    expect(provider.received.length).toBe(before);
  });

  it("tells a person when the provider failed, and a second try works", async () => {
    const browser = createClient(engine.twofold, "cookie");
    await signUpThrough(engine, browser, { email: uniqueEmail("sms"), password: TEST_PASSWORD });
    provider.failNext(1, 500);
    const phone = uniqueMobile();
    expect(await reasonFrom(browser.caller.sms.addPhone({ phone }))).toBe("SMS_SEND_FAILED");
    const added = await browser.caller.sms.addPhone({ phone });
    const resent = await browser.caller.sms.resendCode({ phoneId: added.phoneId });
    expect(resent.sentTo).toBe(added.sentTo);
    await browser.caller.sms.confirmPhone({
      phoneId: added.phoneId,
      code: provider.lastCode(phone),
    });
  });

  it("refuses SMS sign-in procedures to a session that is not waiting for its second factor", async () => {
    const browser = createClient(engine.twofold, "cookie");
    await signUpThrough(engine, browser, { email: uniqueEmail("sms"), password: TEST_PASSWORD });
    expect(await reasonFrom(browser.caller.auth.sendSMSCode())).toBe("NO_PENDING_SIGN_IN");
    expect(await reasonFrom(browser.caller.auth.verifySMSCode({ code: "123456" }))).toBe(
      "NO_PENDING_SIGN_IN",
    );
  });
});
