import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { must, TEST_META, uniqueEmail } from "../../test/engine";
import { recoveryPerson, useRecoveryWorld } from "../../test/recovery";
import { maskAddress } from "./mask";

describe.each(databaseKinds())("the recovery address on %s", (kind) => {
  const { engine, mailsTo, mailedCode } = useRecoveryWorld(kind);
  const contacts = () => engine.twofold.recoveryContacts;
  const subjects = async (email: string) => (await mailsTo(email)).map((m) => m.subject);

  it("is set by the code mailed to it, shown masked, and announced to both addresses", async () => {
    const person = await recoveryPerson(engine);
    const address = uniqueEmail("outside");
    const sent = must(await contacts().setAddress(person.accountId, { email: address }, TEST_META));
    expect(sent.sentTo).toBe(maskAddress(address));
    expect(sent.sentTo).toMatch(/^o•••@example\.ch$/);
    // Waiting for its code, it is not in force.
    expect(await contacts().opened(person.accountId)).toEqual({ email: null, phone: null });
    expect(await contacts().view(person.accountId)).toEqual({
      address: null,
      pendingAddress: sent.sentTo,
      phone: null,
      pendingPhone: null,
    });
    const code = await mailedCode(address);
    expect(await subjects(address)).toEqual(["Twofold: Confirm your recovery address"]);
    expect(must(await contacts().confirmAddress(person.accountId, { code }, TEST_META))).toEqual({
      address: sent.sentTo,
    });
    expect(await contacts().opened(person.accountId)).toEqual({ email: address, phone: null });
    expect((await contacts().view(person.accountId)).address).toBe(sent.sentTo);
    await engine.twofold.securityLog.process();
    expect(await subjects(person.email)).toContain("Twofold: A recovery address was set");
    expect(await subjects(address)).toContain("Twofold: A recovery address was set");
    const [event] = (await engine.twofold.securityLog.list(person.accountId)).events;
    expect(event).toMatchObject({ type: "recovery_address_set", detail: { address: sent.sentTo } });
    // The log and the mail show the address masked, never whole.
    expect(JSON.stringify(event)).not.toContain(address);
    expect((await mailsTo(person.email)).at(-1)?.text).not.toContain(address);
  });

  it("refuses the sign-in address (RECOVERY_ADDRESS_SAME) and what is not an address (INVALID_EMAIL)", async () => {
    const person = await recoveryPerson(engine);
    const set = (email: string) => contacts().setAddress(person.accountId, { email }, TEST_META);
    expect(await set(person.email.toUpperCase())).toEqual({
      ok: false,
      reason: "RECOVERY_ADDRESS_SAME",
    });
    const before = (await mailsTo(person.email)).length;
    for (const bad of ["", "no-at-sign", "two@@example.ch", "a@b"])
      expect(await set(bad)).toEqual({ ok: false, reason: "INVALID_EMAIL" });
    expect(await mailsTo(person.email)).toHaveLength(before);
  });

  it("keeps the old address in force while the new one waits, and through a wrong code", async () => {
    const person = await recoveryPerson(engine);
    const old = uniqueEmail("old");
    must(await contacts().setAddress(person.accountId, { email: old }, TEST_META));
    const oldCode = await mailedCode(old);
    must(await contacts().confirmAddress(person.accountId, { code: oldCode }, TEST_META));
    // The address in force again is no change.
    expect(await contacts().setAddress(person.accountId, { email: old }, TEST_META)).toEqual({
      ok: false,
      reason: "RECOVERY_ADDRESS_SAME",
    });
    const next = uniqueEmail("new");
    must(await contacts().setAddress(person.accountId, { email: next }, TEST_META));
    expect((await contacts().opened(person.accountId)).email).toBe(old);
    const code = await mailedCode(next);
    const wrong = code === "000000" ? "111111" : "000000";
    expect(await contacts().confirmAddress(person.accountId, { code: wrong }, TEST_META)).toEqual({
      ok: false,
      reason: "INVALID_CODE",
    });
    expect((await contacts().opened(person.accountId)).email).toBe(old);
    must(await contacts().confirmAddress(person.accountId, { code }, TEST_META));
    expect((await contacts().opened(person.accountId)).email).toBe(next);
    // Used once only.
    expect(await contacts().confirmAddress(person.accountId, { code }, TEST_META)).toEqual({
      ok: false,
      reason: "NO_CODE_SENT",
    });
    await engine.twofold.securityLog.process();
    const changed = "Twofold: Your recovery address was changed";
    expect(await subjects(person.email)).toContain(changed);
    expect(await subjects(old)).toContain(changed);
    expect(await subjects(next)).toContain(changed);
    const [event] = (await engine.twofold.securityLog.list(person.accountId)).events;
    expect(event).toMatchObject({
      type: "recovery_address_changed",
      detail: { address: maskAddress(next), previous: maskAddress(old) },
    });
  });

  it("does not confirm an address with the code mailed for another", async () => {
    const person = await recoveryPerson(engine);
    const first = uniqueEmail("first");
    must(await contacts().setAddress(person.accountId, { email: first }, TEST_META));
    const firstCode = await mailedCode(first);
    const second = uniqueEmail("second");
    must(await contacts().setAddress(person.accountId, { email: second }, TEST_META));
    const secondCode = await mailedCode(second);
    if (firstCode !== secondCode)
      expect(
        await contacts().confirmAddress(person.accountId, { code: firstCode }, TEST_META),
      ).toEqual({ ok: false, reason: "INVALID_CODE" });
    expect((await contacts().opened(person.accountId)).email).toBeNull();
    must(await contacts().confirmAddress(person.accountId, { code: secondCode }, TEST_META));
    expect((await contacts().opened(person.accountId)).email).toBe(second);
  });

  it("is removed, announced to the sign-in address and to the address removed", async () => {
    const person = await recoveryPerson(engine);
    const address = uniqueEmail("gone");
    must(await contacts().setAddress(person.accountId, { email: address }, TEST_META));
    const code = await mailedCode(address);
    must(await contacts().confirmAddress(person.accountId, { code }, TEST_META));
    expect(must(await contacts().removeAddress(person.accountId, TEST_META))).toEqual({
      removed: true,
    });
    expect(await contacts().opened(person.accountId)).toEqual({ email: null, phone: null });
    expect(await contacts().removeAddress(person.accountId, TEST_META)).toEqual({
      ok: false,
      reason: "RECOVERY_CONTACT_NOT_SET",
    });
    await engine.twofold.securityLog.process();
    const removed = "Twofold: Your recovery address was removed";
    expect(await subjects(person.email)).toContain(removed);
    expect(await subjects(address)).toContain(removed);
  });

  it("mails at most 5 codes an hour per account (RATE_LIMITED), then again an hour later", async () => {
    const person = await recoveryPerson(engine);
    const address = uniqueEmail("limited");
    const set = () => contacts().setAddress(person.accountId, { email: address }, TEST_META);
    for (let i = 0; i < 5; i += 1) must(await set());
    expect(await set()).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    expect(await mailsTo(address)).toHaveLength(5);
    engine.clock.advanceSeconds(60 * 60);
    must(await set());
  });

  it("receives the password reset link too, once confirmed", async () => {
    const person = await recoveryPerson(engine);
    const address = uniqueEmail("outside");
    must(await contacts().setAddress(person.accountId, { email: address }, TEST_META));
    const code = await mailedCode(address);
    must(await contacts().confirmAddress(person.accountId, { code }, TEST_META));
    const asked = must(
      await engine.twofold.passwordReset.request({ email: person.email }, TEST_META),
    );
    await asked.sent;
    const link = (to: string) =>
      mailsTo(to).then((mails) => mails.find((m) => m.text.includes("/reset-password#token=")));
    const toAccount = await link(person.email);
    const toRecovery = await link(address);
    expect(toAccount?.text).toBeDefined();
    // One link, to both addresses: either one opens the reset.
    expect(toRecovery?.text).toBe(toAccount?.text);
  });

  it("writes its emails in the account's language", async () => {
    const person = await recoveryPerson(engine, "fr");
    const address = uniqueEmail("fr");
    must(await contacts().setAddress(person.accountId, { email: address }, TEST_META));
    expect((await mailsTo(address)).at(-1)?.subject).toBe(
      "Twofold: Confirmez votre adresse de récupération",
    );
    const code = await mailedCode(address);
    must(await contacts().confirmAddress(person.accountId, { code }, TEST_META));
    await engine.twofold.securityLog.process();
    expect(await subjects(person.email)).toContain(
      "Twofold: Une adresse de récupération a été définie",
    );
  });
});
