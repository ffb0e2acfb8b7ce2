import { outboxMailer } from "@twofold/core";
import {
  personWithTOTP,
  resetTokenMailedTo,
  TEST_PASSWORD,
  uniqueEmail,
  useTestEngine,
} from "@twofold/core/testing";
import { databaseKinds, otpAppCode } from "@twofold/testing";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createClient, keep, reasonFrom } from "../../test/clients";
import { signedUpBrowser } from "../../test/sign-up";

const NEW_PASSWORD = "a brand new passphrase, long enough";

describe.each(databaseKinds())("recovery.*PasswordReset on %s", (kind) => {
  const outbox = join(mkdtempSync(join(tmpdir(), "twofold-api-reset-")), "mail.jsonl");
  const engine = useTestEngine(kind, undefined, () => ({ mailer: outboxMailer(outbox) }));

  /** Asks for a link as a stranger would, and reads it from the mail (after it was sent). */
  async function linkFor(email: string): Promise<string> {
    const anyone = createClient(engine.twofold, "cookie");
    expect(await anyone.caller.recovery.requestPasswordReset({ email })).toEqual({});
    for (let i = 0; i < 50; i += 1) {
      const token = await resetTokenMailedTo(engine, outbox, email);
      if (token) return token;
      await new Promise((done) => setTimeout(done, 20));
    }
    throw new Error(`no reset link mailed to ${email}`);
  }

  it("answers {} for an unknown address as for a known one", async () => {
    const anyone = createClient(engine.twofold, "cookie");
    expect(
      await anyone.caller.recovery.requestPasswordReset({ email: uniqueEmail("nobody") }),
    ).toEqual({});
    expect(await anyone.caller.recovery.requestPasswordReset({ email: "not an address" })).toEqual(
      {},
    );
  });

  it("resets a password without two-step, signs nobody in, and ends every session", async () => {
    const browser = await signedUpBrowser(engine);
    const token = await linkFor(browser.email);
    const visitor = createClient(engine.twofold, "cookie");
    expect(await visitor.caller.recovery.beginPasswordReset({ token })).toEqual({
      status: "choose_password",
    });
    expect(visitor.token).toBeNull();
    expect(
      await visitor.caller.recovery.completePasswordReset({ token, password: NEW_PASSWORD }),
    ).toEqual({ appPasswordsRevoked: 0, sessionsEnded: 1 });
    expect(await reasonFrom(browser.caller.auth.me())).toBe("UNAUTHENTICATED");
    expect(
      await reasonFrom(
        visitor.caller.recovery.completePasswordReset({ token, password: NEW_PASSWORD }),
      ),
    ).toBe("LINK_INVALID");
  });

  it("with two-step on: refuses to skip the factor, and the reset's session does nothing else", async () => {
    const person = await personWithTOTP(engine);
    const token = await linkFor(person.email);
    const tui = createClient(engine.twofold, "bearer");
    expect(
      await reasonFrom(
        tui.caller.recovery.completePasswordReset({ token, password: NEW_PASSWORD }),
      ),
    ).toBe("SECOND_FACTOR_REQUIRED");
    const begun = await tui.caller.recovery.beginPasswordReset({ token, tokenInBody: true });
    if (begun.status !== "second_factor_required") throw new Error("expected the second step");
    keep(tui, begun);
    expect(begun).toMatchObject({
      status: "second_factor_required",
      factors: ["totp", "backup_code"],
      preferred: "totp",
    });
    expect(await reasonFrom(tui.caller.twoFactor.status())).toBe("SECOND_FACTOR_REQUIRED");
    expect(
      await reasonFrom(
        tui.caller.recovery.completePasswordReset({ token, password: NEW_PASSWORD }),
      ),
    ).toBe("SECOND_FACTOR_REQUIRED");
    keep(
      tui,
      await tui.caller.auth.verifyTOTP({ code: otpAppCode(person.otpauthUri, engine.clock.now()) }),
    );
    // Past the factor, the session still opens nothing of the account.
    expect(await reasonFrom(tui.caller.twoFactor.status())).toBe("PASSWORD_RESET_ONLY");
    expect(await reasonFrom(tui.caller.sessions.list())).toBe("PASSWORD_RESET_ONLY");
    expect(await reasonFrom(tui.caller.account.changePassword({ newPassword: NEW_PASSWORD }))).toBe(
      "PASSWORD_RESET_ONLY",
    );
    expect(
      await tui.caller.recovery.completePasswordReset({ token, password: NEW_PASSWORD }),
    ).toEqual({ appPasswordsRevoked: 0, sessionsEnded: 2 });
    expect(await reasonFrom(tui.caller.auth.me())).toBe("UNAUTHENTICATED");
    const signIn = createClient(engine.twofold, "bearer");
    const again = await signIn.caller.auth.signIn({ email: person.email, password: NEW_PASSWORD });
    expect(again.status).toBe("second_factor_required");
    expect(
      await reasonFrom(signIn.caller.auth.signIn({ email: person.email, password: TEST_PASSWORD })),
    ).toBe("INVALID_CREDENTIALS");
  });

  it("the browser that passed the reset's second factor still proves the account in a recovery", async () => {
    const person = await personWithTOTP(engine);
    const token = await linkFor(person.email);
    const browser = createClient(engine.twofold, "cookie");
    await browser.caller.recovery.beginPasswordReset({ token });
    await browser.caller.auth.verifyTOTP({
      code: otpAppCode(person.otpauthUri, engine.clock.now()),
    });
    engine.clock.advanceSeconds(1);
    await browser.caller.recovery.completePasswordReset({ token, password: NEW_PASSWORD });
    const started = await browser.caller.recovery.start({
      email: person.email,
      password: NEW_PASSWORD,
      proof: { kind: "browser" },
    });
    expect(started.endsAt > started.startedAt).toBe(true);
  });

  it("refuses a made-up link", async () => {
    const visitor = createClient(engine.twofold, "cookie");
    expect(
      await reasonFrom(visitor.caller.recovery.beginPasswordReset({ token: "x".repeat(43) })),
    ).toBe("LINK_INVALID");
  });
});
