import {
  GENEROUS_SMS_LIMITS,
  senderFor,
  uniqueMobile,
  useSmsProvider,
  useTestEngine,
} from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { reasonFrom } from "../../test/clients";
import { signedUpBrowser } from "../../test/sign-up";

describe.each(databaseKinds())("the sms router on %s", (kind) => {
  const provider = useSmsProvider();
  const engine = useTestEngine(kind, GENEROUS_SMS_LIMITS, () => ({ sms: senderFor(provider) }));

  it("adds a number with the code it received, renames it and removes it", async () => {
    const browser = await signedUpBrowser(engine);
    const phone = uniqueMobile();
    const added = await browser.caller.sms.addPhone({ phone });
    expect(added.e164).toBe(phone);
    const confirmed = await browser.caller.sms.confirmPhone({
      phoneId: added.phoneId,
      code: provider.lastCode(phone),
    });
    expect(confirmed.backupCodes).toHaveLength(10);
    expect(await browser.caller.sms.rename({ id: confirmed.id, label: "Work" })).toMatchObject({
      id: confirmed.id,
      kind: "sms",
      label: "Work",
    });
    expect(await browser.caller.sms.remove({ id: confirmed.id })).toEqual({
      twoFactorEnabled: false,
    });
  });

  it("refuses a number of a country it does not send to (COUNTRY_NOT_SUPPORTED)", async () => {
    const browser = await signedUpBrowser(engine);
    expect(await reasonFrom(browser.caller.sms.addPhone({ phone: "+44 7700 900123" }))).toBe(
      "COUNTRY_NOT_SUPPORTED",
    );
  });
});
