import { personWithTOTP, useTestEngine } from "@twofold/core/testing";
import { databaseKinds, otpAppCode } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { bearerSignIn, createClient, reasonFrom, wrongTOTPCode } from "../../test/clients";

describe.each(databaseKinds())("auth.verifyTOTP on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("finishes a pending sign-in with the app's code and hands out a new token", async () => {
    const person = await personWithTOTP(engine);
    const tui = await bearerSignIn(engine.twofold, person.email);
    const pending = tui.token;
    const done = await tui.caller.auth.verifyTOTP({
      code: otpAppCode(person.otpauthUri, engine.clock.now()),
    });
    expect(done).toEqual({ status: "authenticated", token: done.token });
    expect(done.token).toEqual(expect.any(String));
    expect(done.token).not.toBe(pending);
    const signedIn = createClient(engine.twofold, "bearer", done.token ?? null);
    expect((await signedIn.caller.auth.me()).session.state).toBe("active");
  });

  it("refuses a wrong code (INVALID_CODE) and the same code twice (CODE_ALREADY_USED)", async () => {
    const person = await personWithTOTP(engine);
    const now = engine.clock.now();
    const guesser = await bearerSignIn(engine.twofold, person.email);
    expect(
      await reasonFrom(
        guesser.caller.auth.verifyTOTP({ code: wrongTOTPCode(person.otpauthUri, now) }),
      ),
    ).toBe("INVALID_CODE");

    const code = otpAppCode(person.otpauthUri, now);
    const first = await bearerSignIn(engine.twofold, person.email);
    await first.caller.auth.verifyTOTP({ code });
    const second = await bearerSignIn(engine.twofold, person.email);
    expect(await reasonFrom(second.caller.auth.verifyTOTP({ code }))).toBe("CODE_ALREADY_USED");
  });

  it("refuses a session that is not waiting for its second factor (NO_PENDING_SIGN_IN)", async () => {
    const person = await personWithTOTP(engine);
    const active = createClient(engine.twofold, "bearer", person.session.token);
    const code = otpAppCode(person.otpauthUri, engine.clock.now());
    expect(await reasonFrom(active.caller.auth.verifyTOTP({ code }))).toBe("NO_PENDING_SIGN_IN");
  });
});
