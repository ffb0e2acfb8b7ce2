import { outboxMailer } from "@twofold/core";
import {
  resetTokenMailedTo,
  TEST_PASSWORD,
  uniqueEmail,
  useTestEngine,
} from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { TRPCError } from "@trpc/server";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createClient } from "../../test/clients";
import { signedUpBrowser } from "../../test/sign-up";
import { reasonOf } from "../trpc";

// Weak passwords (NIST SP 800-63B) are refused at every door that sets one, with the reason
// and a hint in the error's data, and nothing changes.

const PASSPHRASE = "copper glacier banjo thistle";

/** The reason and what goes with it in `data` (as the error formatter puts them). */
async function problemFrom(promise: Promise<unknown>): Promise<ReturnType<typeof reasonOf>> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return reasonOf(error);
    throw error;
  }
  throw new Error("expected the call to fail");
}

describe.each(databaseKinds())("weak passwords through the API on %s", (kind) => {
  const outbox = join(mkdtempSync(join(tmpdir(), "twofold-api-weak-")), "mail.jsonl");
  const engine = useTestEngine(kind, undefined, () => ({ mailer: outboxMailer(outbox) }));

  it("auth.signUp answers PASSWORD_TOO_WEAK with a hint, and WEAK_PASSWORD when too short", async () => {
    const anyone = createClient(engine.twofold, "cookie");
    const email = uniqueEmail("ada.lovelace");
    for (const [password, hint] of [
      ["aaaaaaaaaa", "repeated"],
      ["1234567890", "common"],
      ["password1234", "common"],
      [email.split("@")[0] ?? "", "personal"],
    ] as const) {
      expect(await problemFrom(anyone.caller.auth.signUp({ email, password }))).toEqual({
        reason: "PASSWORD_TOO_WEAK",
        hint,
      });
    }
    expect(await problemFrom(anyone.caller.auth.signUp({ email, password: "short" }))).toEqual({
      reason: "WEAK_PASSWORD",
    });
    expect(await anyone.caller.auth.signUp({ email, password: PASSPHRASE })).toEqual({
      status: "verification_required",
    });
  });

  it("account.changePassword refuses a weak password and keeps the old one", async () => {
    const browser = await signedUpBrowser(engine);
    expect(
      await problemFrom(browser.caller.account.changePassword({ newPassword: "abcdefghij" })),
    ).toEqual({ reason: "PASSWORD_TOO_WEAK", hint: "sequence" });
    const again = createClient(engine.twofold, "cookie");
    expect(
      await again.caller.auth.signIn({ email: browser.email, password: TEST_PASSWORD }),
    ).toEqual({ status: "authenticated" });
  });

  it("recovery.completePasswordReset refuses a weak password, and the link still works", async () => {
    const browser = await signedUpBrowser(engine);
    const anyone = createClient(engine.twofold, "cookie");
    await anyone.caller.recovery.requestPasswordReset({ email: browser.email });
    let token = "";
    for (let i = 0; i < 50 && !token; i += 1) {
      token = await resetTokenMailedTo(engine, outbox, browser.email);
      if (!token) await new Promise((done) => setTimeout(done, 20));
    }
    const visitor = createClient(engine.twofold, "cookie");
    expect(
      await problemFrom(
        visitor.caller.recovery.completePasswordReset({ token, password: "password1234" }),
      ),
    ).toEqual({ reason: "PASSWORD_TOO_WEAK", hint: "common" });
    expect(
      await visitor.caller.recovery.completePasswordReset({ token, password: PASSPHRASE }),
    ).toEqual({ appPasswordsRevoked: 0, sessionsEnded: 1 });
  });
});
