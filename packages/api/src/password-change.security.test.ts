// Threat: after "this wasn't me", a client other than ours skips the new password and goes on using the account.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { outboxMailer } from "@twofold/core";
import { DEFAULT_CONFIG } from "@twofold/core";
import { mailTo, personWithTOTP, TEST_PASSWORD, useTestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import {
  OPEN_TO_PASSWORD_CHANGE_PROCEDURES,
  OPEN_TO_PENDING_PROCEDURES,
  PUBLIC_PROCEDURES,
} from "./procedure-access";
import { appRouter } from "./root";
import {
  bearerSignIn,
  callPath,
  createClient,
  keep,
  reasonFrom,
  type Client,
} from "../test/clients";

const outbox = join(mkdtempSync(join(tmpdir(), "twofold-mail-")), "mail.jsonl");

describe.each(databaseKinds())("an account that must choose a new password, on %s", (kind) => {
  const engine = useTestEngine(kind, undefined, () => ({ mailer: outboxMailer(outbox) }));

  const guarded = Object.keys(appRouter._def.procedures).filter(
    (p) =>
      !OPEN_TO_PENDING_PROCEDURES.has(p) &&
      !PUBLIC_PROCEDURES.has(p) &&
      !OPEN_TO_PASSWORD_CHANGE_PROCEDURES.has(p),
  );

  /** A person reports "this wasn't me" from their email, then signs in again with both factors. */
  async function signedInAfterReport(): Promise<{ accountId: string; client: Client }> {
    const person = await personWithTOTP(engine);
    // Not the email about the added method: "this wasn't me" from that one removes it too.
    const { token } = await mailTo(engine, outbox, {
      email: person.email,
      subject: "New backup codes were made",
    });
    const anyone = createClient(engine.twofold, "bearer");
    expect((await anyone.caller.account.reportNotMe({ token })).sessionsEnded).toBe(1);
    const client = await bearerSignIn(engine.twofold, person.email);
    keep(client, await client.caller.auth.verifyBackupCode({ code: person.backupCodes[0] ?? "" }));
    return { accountId: person.accountId, client };
  }

  it.each(guarded)("%s answers PASSWORD_CHANGE_REQUIRED and changes nothing", async (path) => {
    const { accountId, client } = await signedInAfterReport();
    expect(await reasonFrom(callPath(client, path))).toBe("PASSWORD_CHANGE_REQUIRED");
    const status = await engine.twofold.twoFactor.status(accountId);
    expect(status.factors.map((f) => f.label)).toEqual(["Phone"]);
    expect(status.backupCodesRemaining).toBe(9);
    expect(await engine.twofold.appPasswords.list(accountId)).toEqual([]);
    expect(await engine.twofold.trustedBrowsers.list(accountId)).toEqual([]);
  });

  it("leads to the new password only, and everything opens again once it is chosen", async () => {
    const { client } = await signedInAfterReport();
    expect((await client.caller.auth.me()).user.passwordChangeRequired).toBe(true);
    expect(await reasonFrom(client.caller.twoFactor.status())).toBe("PASSWORD_CHANGE_REQUIRED");
    expect(await client.caller.account.setLocale({ locale: "fr" })).toEqual({ locale: "fr" });
    // Away from the keyboard past the step-up window: the password again, then the change.
    engine.clock.advance(DEFAULT_CONFIG.session.stepUpMs + 1000);
    const change = () =>
      client.caller.account.changePassword({ newPassword: "a brand new passphrase" });
    expect(await reasonFrom(change())).toBe("REAUTH_REQUIRED");
    await client.caller.account.reauthenticate({ password: TEST_PASSWORD });
    await change();
    expect((await client.caller.auth.me()).user.passwordChangeRequired).toBe(false);
    expect((await client.caller.twoFactor.status()).factors).toHaveLength(1);
    expect(await client.caller.appPasswords.list()).toEqual([]);
  });
});
