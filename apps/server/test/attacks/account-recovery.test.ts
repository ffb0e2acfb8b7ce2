// Threat: someone who knows (or guesses) the password takes an account over through "I can't use any of my methods": a recovery started with a wrong or missing proof, an address probed for an account, or one recovery completed twice in parallel.
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { call, data, reason, type Reply } from "../http";
import { PASSWORD, personWithTOTP, uniqueAddress, uniqueEmail, useAttackTarget } from "./fixtures";

const HOUR = 3_600_000;
const PARALLEL = 6;

describe.each(databaseKinds())("account recovery over HTTP on %s", (kind) => {
  const target = useAttackTarget(kind);
  const start = (input: Record<string, unknown>, cookie?: string): Promise<Reply> =>
    call(target.url, "recovery.start", input, { headers: uniqueAddress(), cookie: cookie ?? null });

  /** A person with two-step on (the phone that is lost) and an application password. */
  async function victim(): Promise<{ email: string; token: string; appPassword: string }> {
    const person = await personWithTOTP(target);
    const { password } = data<{ password: string }>(
      await call(
        target.url,
        "appPasswords.create",
        { name: "Mail", scopes: ["mail"] },
        { token: person.token },
      ),
    );
    return { email: person.email, token: person.token, appPassword: password };
  }

  it("refuses a recovery started with a missing, wrong or forged proof, and starts nothing", async () => {
    const person = await victim();
    const claim = { email: person.email, password: PASSWORD };
    expect(reason(await start(claim))).toBe("RECOVERY_PROOF_MISSING");
    const wrongApp = { kind: "app_password", appPassword: "abcd-efgh-ijkl-mnop-qrst-uvwx-yzab" };
    expect(reason(await start({ ...claim, proof: wrongApp }))).toBe("RECOVERY_PROOF_INVALID");
    // A browser that never signed in to the account, and cookies made up by the attacker.
    expect(reason(await start({ ...claim, proof: { kind: "browser" } }))).toBe(
      "RECOVERY_PROOF_INVALID",
    );
    const forged =
      "twofold_trusted=aaaa.bbbb; twofold_recent=00000000-0000-4000-8000-000000000000.AAAAAAAAAAAAAAAAAAAAAA";
    expect(reason(await start({ ...claim, proof: { kind: "browser" } }, forged))).toBe(
      "RECOVERY_PROOF_INVALID",
    );
    const link = { kind: "email_link", token: "a".repeat(43) };
    expect(reason(await start({ ...claim, proof: link }))).toBe("RECOVERY_PROOF_INVALID");
    // Five refused proofs are five failures of the password: the next try waits, at sign-in too.
    const right = { kind: "app_password", appPassword: person.appPassword };
    expect(reason(await start({ ...claim, proof: right }))).toBe("RATE_LIMITED");
    const signIn = await call(target.url, "auth.signIn", claim, { headers: uniqueAddress() });
    expect(reason(signIn)).toBe("RATE_LIMITED");
    target.clock.advance(60_000);
    // The right proof with a wrong password: refused like every wrong password.
    const wrongPassword = await start({ ...claim, password: "not the password", proof: right });
    expect(reason(wrongPassword)).toBe("INVALID_CREDENTIALS");
    expect(
      data(
        await call(target.url, "recovery.status", undefined, {
          token: person.token,
          method: "GET",
        }),
      ),
    ).toEqual({ pending: false });
  });

  it("answers 'send me a recovery link' and a start alike for an address with and without an account", async () => {
    const person = await victim();
    const known = await call(
      target.url,
      "recovery.requestLink",
      { email: person.email },
      { headers: uniqueAddress() },
    );
    const unknown = await call(
      target.url,
      "recovery.requestLink",
      { email: uniqueEmail("nobody") },
      { headers: uniqueAddress() },
    );
    expect([known.status, known.body]).toEqual([unknown.status, unknown.body]);
    const proof = { kind: "app_password", appPassword: person.appPassword };
    const wrong = await start({ email: person.email, password: "a wrong password", proof });
    const nobody = await start({
      email: uniqueEmail("nobody"),
      password: "a wrong password",
      proof,
    });
    expect([wrong.status, reason(wrong)]).toEqual([nobody.status, reason(nobody)]);
  });

  it(`completes a recovery once: one of ${PARALLEL} parallel completions wins, and only after the wait`, async () => {
    const person = await victim();
    const claim = {
      email: person.email,
      password: PASSWORD,
      proof: { kind: "app_password", appPassword: person.appPassword },
    };
    data(await start(claim));
    const early = await call(target.url, "recovery.complete", {
      ...claim,
      newPassword: "the new passphrase 0",
    });
    expect(reason(early)).toBe("RECOVERY_WAITING");
    target.clock.advance(72 * HOUR);
    const replies = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        call(
          target.url,
          "recovery.complete",
          { ...claim, newPassword: `the new passphrase ${i}`, tokenInBody: true },
          { headers: uniqueAddress() },
        ),
      ),
    );
    const won = replies.filter((r) => r.status === 200);
    expect(won).toHaveLength(1);
    // The others find it completed, or their proof spent by the winner; one that checks the
    // password after the winner changed it is told it is wrong (it is, now).
    for (const r of replies.filter((x) => x.status !== 200))
      expect(["RECOVERY_NOT_PENDING", "RECOVERY_PROOF_INVALID", "INVALID_CREDENTIALS"]).toContain(
        reason(r),
      );
    // The session of before is over; the winner's works, with two-step off.
    const me = await call(target.url, "auth.me", undefined, { token: person.token, method: "GET" });
    expect(reason(me)).toBe("UNAUTHENTICATED");
    const token = data<{ token: string }>(won[0] ?? replies[0] ?? ({} as Reply)).token;
    const status = data<{ enabled: boolean }>(
      await call(target.url, "twoFactor.status", undefined, { token, method: "GET" }),
    );
    expect(status.enabled).toBe(false);
  });
});
