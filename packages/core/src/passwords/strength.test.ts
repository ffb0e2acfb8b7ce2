import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import {
  must,
  signedUpPerson,
  TEST_META,
  TEST_PASSWORD,
  uniqueEmail,
  useTestEngine,
} from "../../test";
import { resetTokenMailedTo } from "../../test/reset";
import { outboxMailer } from "../notifications/outbox-mailer";

// NIST SP 800-63B: a new password that is common, breached, repetitive, sequential or built on
// the person's own details is refused wherever a password is set, and nothing changes.

const PASSPHRASE = "copper glacier banjo thistle";

describe.each(databaseKinds())("weak passwords on %s", (kind) => {
  const outbox = join(mkdtempSync(join(tmpdir(), "twofold-weak-")), "mail.jsonl");
  const engine = useTestEngine(kind, undefined, () => ({ mailer: outboxMailer(outbox) }));

  const signIn = (email: string, password: string) =>
    engine.twofold.accounts.signIn({ email, password }, TEST_META);

  describe("sign-up", () => {
    it.each([
      ["aaaaaaaaaa", "repeated"],
      ["1234567890", "common"],
      ["abcdefghij", "sequence"],
      ["password1234", "common"],
    ])("refuses %s with PASSWORD_TOO_WEAK (%s) and creates nothing", async (password, hint) => {
      const email = uniqueEmail("weak");
      const refused = await engine.twofold.accounts.signUp({ email, password }, TEST_META);
      expect(refused).toEqual({ ok: false, reason: "PASSWORD_TOO_WEAK", hint });
      expect(engine.mails.filter((m) => m.to === email)).toEqual([]);
    });

    it("refuses the email's local part and the display name, as personal", async () => {
      const email = uniqueEmail("margaret.hamilton");
      const local = email.split("@")[0] ?? "";
      for (const password of [local, `${local}!`]) {
        expect(await engine.twofold.accounts.signUp({ email, password }, TEST_META)).toEqual({
          ok: false,
          reason: "PASSWORD_TOO_WEAK",
          hint: "personal",
        });
      }
      const named = { email: uniqueEmail(), displayName: "Grace Brewster Hopper" };
      expect(
        await engine.twofold.accounts.signUp(
          { ...named, password: "GraceBrewsterHopper" },
          TEST_META,
        ),
      ).toMatchObject({ reason: "PASSWORD_TOO_WEAK", hint: "personal" });
    });

    it("accepts a passphrase of four random words", async () => {
      const email = uniqueEmail();
      const person = await signedUpPerson(engine, { email, password: PASSPHRASE });
      expect(person.session.state).toBe("active");
    });

    it("keeps refusing a password too short with WEAK_PASSWORD", async () => {
      expect(
        await engine.twofold.accounts.signUp({ email: uniqueEmail(), password: "x7#q" }, TEST_META),
      ).toEqual({ ok: false, reason: "WEAK_PASSWORD" });
    });
  });

  it("refuses a weak new password, and the old one still signs in", async () => {
    const email = uniqueEmail("change");
    const person = await signedUpPerson(engine, { email });
    for (const weak of ["aaaaaaaaaa", "1234567890", `${email.split("@")[0] ?? ""}`]) {
      expect(
        await engine.twofold.accounts.changePassword(person.session, weak, TEST_META),
      ).toMatchObject({ ok: false, reason: "PASSWORD_TOO_WEAK" });
    }
    expect(must(await signIn(email, TEST_PASSWORD)).status).toBe("authenticated");
    must(await engine.twofold.accounts.changePassword(person.session, PASSPHRASE, TEST_META));
    expect(must(await signIn(email, PASSPHRASE)).status).toBe("authenticated");
  });

  it("refuses a weak password at a reset, and the link still works for a strong one", async () => {
    const email = uniqueEmail("reset");
    await signedUpPerson(engine, { email });
    const asked = must(await engine.twofold.passwordReset.request({ email }, TEST_META));
    await asked.sent;
    const token = await resetTokenMailedTo(engine, outbox, email);
    const complete = (password: string) =>
      engine.twofold.passwordReset.complete({ token, password, session: null }, TEST_META);
    expect(await complete("password1234")).toEqual({
      ok: false,
      reason: "PASSWORD_TOO_WEAK",
      hint: "common",
    });
    expect(must(await signIn(email, TEST_PASSWORD)).status).toBe("authenticated");
    must(await complete(PASSPHRASE));
    expect(must(await signIn(email, PASSPHRASE)).status).toBe("authenticated");
  });
});
