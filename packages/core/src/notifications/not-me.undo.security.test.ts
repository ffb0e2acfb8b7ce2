// Threat: someone with the password adds their own method (a way back in, or the owner locked out) or changes what protects the account, and "this wasn't me" leaves it as they set it.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { outboxMailer } from "./outbox-mailer";
import {
  mailTo,
  must,
  TEST_META,
  TEST_PASSWORD,
  uniqueEmail,
  useTestEngine,
} from "../../test/engine";
import { addOTPApp, personWithTOTP } from "../../test/totp";
import { signedUpPerson } from "../../test/sign-up";

const outbox = join(mkdtempSync(join(tmpdir(), "twofold-mail-")), "mail.jsonl");

describe.each(databaseKinds())(
  "'this wasn't me' about the change it was sent for, on %s",
  (kind) => {
    const engine = useTestEngine(kind, undefined, () => ({ mailer: outboxMailer(outbox) }));

    const mail = (email: string, subject: string) => mailTo(engine, outbox, { email, subject });
    const notMe = async (token: string) =>
      must(await engine.twofold.notifications.reportNotMe(token, TEST_META));

    it("a method someone else added is removed; the owner's method and backup codes stay", async () => {
      const person = await personWithTOTP(engine);
      await addOTPApp(engine, person.accountId, "Attacker phone");
      const added = await mail(person.email, "A two-step method was added");
      expect(added.text).toContain("Attacker phone");
      expect(added.text).toContain("it removes this method");

      expect((await notMe(added.token)).about).toEqual({
        action: "factor_removed",
        factorKind: "totp",
        label: "Attacker phone",
        twoFactorEnabled: true,
      });
      const status = await engine.twofold.twoFactor.status(person.accountId);
      expect(status.factors.map((f) => f.label)).toEqual(["Phone"]);
      expect(status.backupCodesRemaining).toBe(10);
      const log = (await engine.twofold.securityLog.list(person.accountId)).events;
      expect(log.filter((e) => e.type === "factor_removed").map((e) => e.detail)).toEqual([
        { kind: "totp", label: "Attacker phone", because: "not_me" },
      ]);
      // Its email does not ask to add back the method someone else added.
      const removed = await mail(person.email, "A two-step method was removed");
      expect(removed.text).not.toContain("add the method again");
    });

    it("two-step someone else turned on with their method is off again, as before", async () => {
      const email = uniqueEmail();
      const issued = await signedUpPerson(engine, { email, password: TEST_PASSWORD }, TEST_META);
      const { accountId } = issued.session;
      await addOTPApp(engine, accountId, "Attacker phone");
      const on = await mail(email, "Two-step verification is on");
      expect((await notMe(on.token)).about).toMatchObject({
        action: "factor_removed",
        label: "Attacker phone",
        twoFactorEnabled: false,
      });
      const status = await engine.twofold.twoFactor.status(accountId);
      expect(status).toMatchObject({ enabled: false, factors: [], backupCodesRemaining: 0 });
      // The owner signs in with the password alone, and is asked for a new one.
      const back = must(
        await engine.twofold.accounts.signIn({ email, password: TEST_PASSWORD }, TEST_META),
      );
      expect(back.status).toBe("authenticated");
      expect((await engine.twofold.accounts.get(accountId))?.passwordChangeRequired).toBe(true);
    });

    it("two clicks at once remove the method once", async () => {
      const person = await personWithTOTP(engine);
      await addOTPApp(engine, person.accountId, "Attacker phone");
      const { token } = await mail(person.email, "A two-step method was added");
      const both = await Promise.all([notMe(token), notMe(token)]);
      expect(both.filter((r) => r.about !== null)).toHaveLength(1);
      const status = await engine.twofold.twoFactor.status(person.accountId);
      expect(status.factors.map((f) => f.label)).toEqual(["Phone"]);
    });

    it("an application password someone else created is revoked, and the answer names it", async () => {
      const person = await personWithTOTP(engine);
      must(
        await engine.twofold.appPasswords.create(
          person.accountId,
          { name: "Exfiltration", scopes: ["mail"] },
          TEST_META,
        ),
      );
      const created = await mail(person.email, "An application password was created");
      expect(created.text).toContain("it revokes this application password");
      expect((await notMe(created.token)).about).toEqual({
        action: "app_password_revoked",
        name: "Exfiltration",
      });
      expect(await engine.twofold.appPasswords.list(person.accountId)).toEqual([]);
    });

    it("a removed method: the email and the answer say how to put it back", async () => {
      const person = await personWithTOTP(engine);
      const second = await addOTPApp(engine, person.accountId, "Tablet");
      must(
        await engine.twofold.twoFactor.removeFactor(
          person.accountId,
          { factorId: second.id },
          TEST_META,
        ),
      );
      const removed = await mail(person.email, "A two-step method was removed");
      expect(removed.text).toContain(
        "Then sign in and add the method again in Two-step verification.",
      );
      expect((await notMe(removed.token)).about).toEqual({
        action: "add_factor_again",
        factorKind: "totp",
        label: "Tablet",
      });
    });

    it("two-step turned off: the email and the answer say how to turn it on again", async () => {
      const person = await personWithTOTP(engine);
      must(await engine.twofold.twoFactor.disable(person.accountId, TEST_META));
      const off = await mail(person.email, "Two-step verification was turned off");
      expect(off.text).toContain("Then sign in and turn it on again in Two-step verification.");
      expect((await notMe(off.token)).about).toEqual({ action: "turn_on_two_step_again" });
    });

    it("a link about anything else undoes nothing more, and says nothing more", async () => {
      const person = await personWithTOTP(engine);
      const codes = await mail(person.email, "New backup codes were made");
      expect((await notMe(codes.token)).about).toBeNull();
      const status = await engine.twofold.twoFactor.status(person.accountId);
      expect(status.factors.map((f) => f.label)).toEqual(["Phone"]);
    });
  },
);
