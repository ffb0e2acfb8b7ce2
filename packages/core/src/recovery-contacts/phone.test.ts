import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { must, TEST_META, uniqueEmail } from "../../test/engine";
import { uniqueMobile } from "../../test/phones";
import { recoveryPerson, useRecoveryWorld } from "../../test/recovery";

describe.each(databaseKinds())("the recovery mobile on %s", (kind) => {
  const { engine, provider, mailsTo, mailedCode } = useRecoveryWorld(kind);
  const contacts = () => engine.twofold.recoveryContacts;
  const subjects = async (email: string) => (await mailsTo(email)).map((m) => m.subject);
  const masked = (e164: string) => `+41 79 *** ** ${e164.slice(-2)}`;

  it("is set by the SMS code sent to it, shown masked, and announced", async () => {
    const person = await recoveryPerson(engine);
    const phone = uniqueMobile();
    const sent = must(await contacts().setPhone(person.accountId, { phone }, TEST_META));
    expect(sent.sentTo).toBe(masked(phone));
    expect((await contacts().opened(person.accountId)).phone).toBeNull();
    expect((await contacts().view(person.accountId)).pendingPhone).toBe(masked(phone));
    expect(
      must(
        await contacts().confirmPhone(
          person.accountId,
          { code: provider.lastCode(phone) },
          TEST_META,
        ),
      ),
    ).toEqual({ phone: masked(phone) });
    expect((await contacts().opened(person.accountId)).phone).toEqual({
      e164: phone,
      masked: masked(phone),
    });
    expect(await contacts().view(person.accountId)).toMatchObject({
      phone: masked(phone),
      pendingPhone: null,
    });
    await engine.twofold.securityLog.process();
    expect(await subjects(person.email)).toContain("Twofold: A recovery mobile was set");
    const events = (await engine.twofold.securityLog.list(person.accountId)).events;
    expect(events[0]).toMatchObject({
      type: "recovery_phone_set",
      detail: { phone: masked(phone) },
    });
    expect(JSON.stringify(events)).not.toContain(phone);
  });

  it("follows the SMS rules: CH, FR, BE and DE mobiles only", async () => {
    const person = await recoveryPerson(engine);
    const set = (phone: string) => contacts().setPhone(person.accountId, { phone }, TEST_META);
    expect(await set("+44 7700 900123")).toEqual({ ok: false, reason: "COUNTRY_NOT_SUPPORTED" });
    expect(await set("+41 44 668 18 00")).toEqual({ ok: false, reason: "NOT_A_MOBILE_NUMBER" });
    expect(await set("not a number")).toEqual({ ok: false, reason: "INVALID_PHONE_NUMBER" });
  });

  it("keeps the old number through a wrong code and until the new one is confirmed", async () => {
    const person = await recoveryPerson(engine);
    const address = uniqueEmail("outside");
    must(await contacts().setAddress(person.accountId, { email: address }, TEST_META));
    const addressCode = await mailedCode(address);
    must(await contacts().confirmAddress(person.accountId, { code: addressCode }, TEST_META));
    const old = uniqueMobile();
    must(await contacts().setPhone(person.accountId, { phone: old }, TEST_META));
    const code = provider.lastCode(old);
    must(await contacts().confirmPhone(person.accountId, { code }, TEST_META));
    expect(await contacts().setPhone(person.accountId, { phone: old }, TEST_META)).toEqual({
      ok: false,
      reason: "PHONE_ALREADY_ADDED",
    });
    const next = uniqueMobile();
    must(await contacts().setPhone(person.accountId, { phone: next }, TEST_META));
    const nextCode = provider.lastCode(next);
    const wrong = nextCode === "000000" ? "111111" : "000000";
    expect(await contacts().confirmPhone(person.accountId, { code: wrong }, TEST_META)).toEqual({
      ok: false,
      reason: "INVALID_CODE",
    });
    expect((await contacts().opened(person.accountId)).phone?.e164).toBe(old);
    must(await contacts().confirmPhone(person.accountId, { code: nextCode }, TEST_META));
    expect((await contacts().opened(person.accountId)).phone?.e164).toBe(next);
    await engine.twofold.securityLog.process();
    // The sign-in address and the recovery address in force hear of it.
    const changed = "Twofold: Your recovery mobile was changed";
    expect(await subjects(person.email)).toContain(changed);
    expect(await subjects(address)).toContain(changed);
    expect(must(await contacts().removePhone(person.accountId, TEST_META))).toEqual({
      removed: true,
    });
    expect((await contacts().opened(person.accountId)).phone).toBeNull();
    expect(await contacts().removePhone(person.accountId, TEST_META)).toEqual({
      ok: false,
      reason: "RECOVERY_CONTACT_NOT_SET",
    });
    await engine.twofold.securityLog.process();
    expect(await subjects(person.email)).toContain("Twofold: Your recovery mobile was removed");
  });

  it("does not take the code of a number asked for before", async () => {
    const person = await recoveryPerson(engine);
    const first = uniqueMobile();
    must(await contacts().setPhone(person.accountId, { phone: first }, TEST_META));
    const firstCode = provider.lastCode(first);
    const second = uniqueMobile();
    must(await contacts().setPhone(person.accountId, { phone: second }, TEST_META));
    const secondCode = provider.lastCode(second);
    if (firstCode !== secondCode)
      expect(
        await contacts().confirmPhone(person.accountId, { code: firstCode }, TEST_META),
      ).toEqual({ ok: false, reason: "INVALID_CODE" });
    must(await contacts().confirmPhone(person.accountId, { code: secondCode }, TEST_META));
    expect((await contacts().opened(person.accountId)).phone?.e164).toBe(second);
  });
});
