import { useTestEngine } from "@twofold/core/testing";
import { createSoftAuthenticator, databaseKinds, otpAppCode } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createClient, keep, reasonFrom, wrongTOTPCode, type Client } from "../../test/clients";
import { personSignedInWithTOTP, signInPending } from "../../test/sign-in";
import { signedUpBrowser } from "../../test/sign-up";

const ORIGIN = "http://localhost:5173";
const STEP_UP_MS = 5 * 60_000;

/** The latest entry of the log of this type, as the person reads it. */
async function lastEvent(client: Client, type: string) {
  const { events } = await client.caller.securityLog.list();
  return events.find((e) => e.type === type);
}

describe.each(databaseKinds())("step-up with any strong method on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("steps up with an OTP app's code once; the sign-in's code and a wrong one are refused", async () => {
    const { person, client, totpCode } = await personSignedInWithTOTP(engine, "bearer");
    const reauthenticate = client.caller.account.reauthenticate;
    expect(await client.caller.account.stepUpMethods()).toEqual({ methods: ["totp", "password"] });
    // The code that signed in cannot step up (one code, one use, whatever the door).
    expect(await reasonFrom(reauthenticate({ factor: "totp", code: totpCode }))).toBe(
      "CODE_ALREADY_USED",
    );
    engine.clock.advanceSeconds(6 * 60);
    expect(await reasonFrom(client.caller.account.setBrowserPolicy({ policy: "remember" }))).toBe(
      "REAUTH_REQUIRED",
    );
    const wrong = wrongTOTPCode(person.otpauthUri, engine.clock.now());
    expect(await reasonFrom(reauthenticate({ factor: "totp", code: wrong }))).toBe("INVALID_CODE");
    const code = otpAppCode(person.otpauthUri, engine.clock.now());
    const { until } = await reauthenticate({ factor: "totp", code });
    expect(new Date(until).getTime()).toBe(engine.clock.now().getTime() + STEP_UP_MS);
    expect(await client.caller.account.setBrowserPolicy({ policy: "remember" })).toMatchObject({
      policy: "remember",
    });
    expect(await lastEvent(client, "reauthenticated")).toMatchObject({
      detail: { factor: "totp", label: "Phone" },
    });
    // Used once: neither a second step-up nor a sign-in takes it again.
    expect(await reasonFrom(reauthenticate({ factor: "totp", code }))).toBe("CODE_ALREADY_USED");
    const pending = await signInPending(engine, person.email, "bearer");
    expect(await reasonFrom(pending.caller.auth.verifyTOTP({ code }))).toBe("CODE_ALREADY_USED");
  });

  it("never takes SMS, a backup code or a mix: INVALID_INPUT, and nothing is charged", async () => {
    const { person, client } = await personSignedInWithTOTP(engine, "bearer");
    const reauthenticate = (input: unknown) =>
      client.caller.account.reauthenticate(input as { password: string });
    const backupCode = person.backupCodes[0] ?? "";
    for (const input of [
      { factor: "sms", code: "123456" },
      { factor: "backup_code", code: backupCode },
      { code: backupCode },
      { factor: "totp" },
      { factor: "totp", code: "123456", password: "x" },
      { password: "x", extra: true },
    ])
      expect(await reasonFrom(reauthenticate(input))).toBe("INVALID_INPUT");
    expect(await engine.twofold.backupCodes.remaining(person.accountId)).toBe(10);
    // A key added later: the OTP app (the first added, so the sign-in's preferred) stays first.
    const creation = await client.caller.webauthn.beginRegistration({ label: "Key" });
    await client.caller.webauthn.finishRegistration({
      response: createSoftAuthenticator().register({
        challenge: creation.challenge,
        origin: ORIGIN,
        rpId: "localhost",
      }),
    });
    expect(await client.caller.account.stepUpMethods()).toEqual({
      methods: ["totp", "webauthn", "password"],
    });
    // A person without an OTP app: no code to check (and the password remains).
    const browser = await signedUpBrowser(engine);
    expect(await browser.caller.account.stepUpMethods()).toEqual({ methods: ["password"] });
    expect(
      await reasonFrom(browser.caller.account.reauthenticate({ factor: "totp", code: "123456" })),
    ).toBe("FACTOR_NOT_AVAILABLE");
  });

  it("counts wrong codes at sign-in and at step-up in the one lock of the OTP app", async () => {
    const { person, client } = await personSignedInWithTOTP(engine, "bearer");
    const wrong = () => wrongTOTPCode(person.otpauthUri, engine.clock.now());
    const pending = await signInPending(engine, person.email, "bearer");
    // delayAfter (5) failures in a round: whichever door, the next try waits.
    for (let i = 0; i < 3; i += 1)
      expect(await reasonFrom(pending.caller.auth.verifyTOTP({ code: wrong() }))).toBe(
        "INVALID_CODE",
      );
    for (let i = 0; i < 2; i += 1)
      expect(
        await reasonFrom(client.caller.account.reauthenticate({ factor: "totp", code: wrong() })),
      ).toBe("INVALID_CODE");
    const right = otpAppCode(person.otpauthUri, engine.clock.now());
    expect(
      await reasonFrom(client.caller.account.reauthenticate({ factor: "totp", code: right })),
    ).toBe("RATE_LIMITED");
    expect(await reasonFrom(pending.caller.auth.verifyTOTP({ code: right }))).toBe("RATE_LIMITED");
    // Once the delay is over, a right code at step-up clears the count for sign-in too.
    engine.clock.advanceSeconds(30);
    const next = otpAppCode(person.otpauthUri, engine.clock.now());
    await client.caller.account.reauthenticate({ factor: "totp", code: next });
    // Uncleared, the round's 6th failure would wait again: the second wrong one is no guess.
    for (let i = 0; i < 2; i += 1)
      expect(await reasonFrom(pending.caller.auth.verifyTOTP({ code: wrong() }))).toBe(
        "INVALID_CODE",
      );
  });

  it("steps up with a passkey: session-bound, single-use challenge; the counter must grow", async () => {
    const browser = await signedUpBrowser(engine);
    const creation = await browser.caller.webauthn.beginRegistration({
      label: "Blue key",
      passkey: true,
    });
    const key = createSoftAuthenticator({ userHandle: creation.user.id });
    await browser.caller.webauthn.finishRegistration({
      response: key.register({ challenge: creation.challenge, origin: ORIGIN, rpId: "localhost" }),
    });
    expect(await browser.caller.account.stepUpMethods()).toEqual({
      methods: ["webauthn", "password"],
    });
    const options = await browser.caller.account.beginStepUpWebAuthn();
    expect(options.userVerification).toBe("preferred");
    expect(options.allowCredentials?.map((c) => c.id)).toEqual([key.credentialId]);
    const response = key.authenticate({
      challenge: options.challenge,
      origin: ORIGIN,
      rpId: "localhost",
    });
    const { until } = await browser.caller.account.finishStepUpWebAuthn({ response });
    expect(new Date(until).getTime()).toBe(engine.clock.now().getTime() + STEP_UP_MS);
    expect(await lastEvent(browser, "reauthenticated")).toMatchObject({
      detail: { factor: "webauthn", label: "Blue key", passkey: true },
    });
    // The same answer again: its challenge is spent.
    expect(await reasonFrom(browser.caller.account.finishStepUpWebAuthn({ response }))).toBe(
      "CHALLENGE_NOT_FOUND",
    );

    // Another session of the account cannot answer this session's challenge.
    const other = createClient(engine.twofold, "bearer");
    keep(
      other,
      await other.caller.auth.finishPasskeySignIn({
        response: key.authenticate({
          challenge: (await other.caller.auth.beginPasskeySignIn()).challenge,
          origin: ORIGIN,
          rpId: "localhost",
        }),
        tokenInBody: true,
      }),
    );
    const mine = await browser.caller.account.beginStepUpWebAuthn();
    const answer = { challenge: mine.challenge, origin: ORIGIN, rpId: "localhost" };
    expect(
      await reasonFrom(
        other.caller.account.finishStepUpWebAuthn({ response: key.authenticate(answer) }),
      ),
    ).toBe("CHALLENGE_NOT_FOUND");

    // A counter that does not grow: a possible copy of the key, refused as at sign-in.
    const again = await browser.caller.account.beginStepUpWebAuthn();
    const stale = key.authenticate({ ...answer, challenge: again.challenge, counter: 1 });
    expect(await reasonFrom(browser.caller.account.finishStepUpWebAuthn({ response: stale }))).toBe(
      "SIGN_COUNT_REGRESSION",
    );
  });

  it("a key step-up needs a key", async () => {
    const browser = await signedUpBrowser(engine);
    expect(await reasonFrom(browser.caller.account.beginStepUpWebAuthn())).toBe(
      "FACTOR_NOT_AVAILABLE",
    );
  });
});
