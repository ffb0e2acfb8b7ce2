import { useTestEngine, TEST_PASSWORD, uniqueEmail } from "@twofold/core/testing";
import { databaseKinds, otpAppCode } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createClient, keep, reasonFrom } from "../test/clients";
import { signUpThrough } from "../test/sign-up";

describe.each(databaseKinds())("the sign-in flow through createCaller on %s", (kind) => {
  const engine = useTestEngine(kind);

  /** Sign up, enroll an OTP app from its otpauth URI, confirm: what a person does first. */
  async function enrolled(via: "cookie" | "bearer") {
    const email = uniqueEmail();
    const client = createClient(engine.twofold, via);
    keep(
      client,
      await signUpThrough(engine, client, {
        email,
        password: TEST_PASSWORD,
        tokenInBody: via === "bearer",
      }),
    );
    const enrollment = await client.caller.totp.beginEnrollment({ label: "Phone" });
    expect(enrollment.otpauthUri).toMatch(/^otpauth:\/\/totp\/Twofold:/);
    expect(enrollment.qrSvg).toContain("<svg");
    const confirmed = await client.caller.totp.confirmEnrollment({
      enrollmentId: enrollment.enrollmentId,
      code: otpAppCode(enrollment.otpauthUri, engine.clock.now()),
    });
    engine.clock.advanceSeconds(30);
    return { email, client, uri: enrollment.otpauthUri, backupCodes: confirmed.backupCodes ?? [] };
  }

  it("a browser: sign up, add an OTP app, get backup codes, sign out, sign in with TOTP", async () => {
    const { email, client, uri, backupCodes } = await enrolled("cookie");
    expect(backupCodes).toHaveLength(10);
    expect((await client.caller.twoFactor.status()).enabled).toBe(true);
    await client.caller.auth.signOut();
    expect(client.token).toBeNull();

    const browser = createClient(engine.twofold, "cookie");
    const signIn = await browser.caller.auth.signIn({ email, password: TEST_PASSWORD });
    expect(signIn).toEqual({
      status: "second_factor_required",
      factors: ["totp", "backup_code"],
      preferred: "totp",
    });
    const pendingToken = browser.token;
    // A reloaded page learns from `me` which methods can finish the sign-in.
    expect(await browser.caller.auth.me()).toMatchObject({
      session: { state: "pending_second_factor" },
      secondFactor: { factors: ["totp", "backup_code"], preferred: "totp" },
    });

    const verified = await browser.caller.auth.verifyTOTP({
      code: otpAppCode(uri, engine.clock.now()),
    });
    expect(verified).toEqual({ status: "authenticated" });
    expect(browser.token).not.toBe(pendingToken);
    const me = await browser.caller.auth.me();
    expect(me.user.email).toBe(email);
    expect(me.session.state).toBe("active");
    expect(me.twoFactorEnabled).toBe(true);
    expect(me.secondFactor).toBeNull();

    // The token seen before the second factor opens nothing any more.
    const stale = createClient(engine.twofold, "cookie", pendingToken);
    expect(await reasonFrom(stale.caller.auth.me())).toBe("UNAUTHENTICATED");
  });

  it("a bearer client gets its tokens in the body and a new one after the second factor", async () => {
    const { email, backupCodes } = await enrolled("bearer");
    const tui = createClient(engine.twofold, "bearer");
    const signIn = keep(
      tui,
      await tui.caller.auth.signIn({ email, password: TEST_PASSWORD, tokenInBody: true }),
    );
    if (signIn.status !== "second_factor_required") throw new Error("expected a pending sign-in");
    expect(signIn.token).toEqual(expect.any(String));
    const done = keep(tui, await tui.caller.auth.verifyBackupCode({ code: backupCodes[3] ?? "" }));
    expect(done).toMatchObject({ status: "authenticated", remaining: 9 });
    expect(done.token).not.toBe(signIn.token);
    expect(tui.cookies).toEqual([]);
    expect((await tui.caller.backupCodes.status()).remaining).toBe(9);
  });

  it("stay signed in gets a cookie with Max-Age; authenticate at each launch gets none", async () => {
    const email = uniqueEmail();
    await signUpThrough(engine, createClient(engine.twofold, "cookie"), {
      email,
      password: TEST_PASSWORD,
    });
    const remembered = createClient(engine.twofold, "cookie");
    await remembered.caller.auth.signIn({ email, password: TEST_PASSWORD, remember: true });
    const transient = createClient(engine.twofold, "cookie");
    await transient.caller.auth.signIn({ email, password: TEST_PASSWORD, remember: false });
    expect(remembered.cookies[0]?.persistent).toBe(true);
    expect(remembered.cookies[0]?.maxAge).toBeGreaterThan(24 * 3600);
    expect(transient.cookies[0]?.persistent).toBe(false);
    expect((await transient.caller.auth.me()).session.persistent).toBe(false);
  });

  it("security changes need a recent password: REAUTH_REQUIRED, then reauthenticate", async () => {
    const { client } = await enrolled("cookie");
    engine.clock.advanceSeconds(6 * 60);
    expect(await reasonFrom(client.caller.backupCodes.regenerate())).toBe("REAUTH_REQUIRED");
    expect(await reasonFrom(client.caller.twoFactor.disable())).toBe("REAUTH_REQUIRED");
    expect(
      await reasonFrom(client.caller.account.reauthenticate({ password: "wrong password!" })),
    ).toBe("INVALID_CREDENTIALS");
    await client.caller.account.reauthenticate({ password: TEST_PASSWORD });
    expect((await client.caller.backupCodes.regenerate()).codes).toHaveLength(10);
    expect(await client.caller.twoFactor.disable()).toEqual({ enabled: false });
    expect(await client.caller.twoFactor.status()).toMatchObject({
      enabled: false,
      factors: [],
      backupCodesRemaining: 0,
    });
  });

  it("factors are listed, renamed, preferred and removed", async () => {
    const { client } = await enrolled("cookie");
    const [factor] = (await client.caller.twoFactor.status()).factors;
    expect(factor).toMatchObject({ kind: "totp", label: "Phone", lastUsedAt: null });
    const id = factor?.id ?? "";
    expect((await client.caller.totp.rename({ id, label: "Work phone" })).label).toBe("Work phone");
    expect(await client.caller.twoFactor.setPreferred({ kind: "totp" })).toEqual({
      preferred: "totp",
    });
    expect(await reasonFrom(client.caller.twoFactor.setPreferred({ kind: "sms" }))).toBe(
      "FACTOR_NOT_AVAILABLE",
    );
    expect(await client.caller.totp.remove({ id })).toEqual({ twoFactorEnabled: false });
    expect(await reasonFrom(client.caller.totp.remove({ id }))).toBe("FACTOR_NOT_FOUND");
    const log = await client.caller.securityLog.list();
    expect(log.events.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        "factor_added",
        "factor_renamed",
        "factor_removed",
        "two_factor_disabled",
      ]),
    );
  });
});
