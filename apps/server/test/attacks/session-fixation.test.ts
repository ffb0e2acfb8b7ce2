// Threat: a session token known before sign-in (planted in the victim's browser, or the pending token) becomes the victim's signed-in session.
import { randomBytes } from "node:crypto";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { call, data, reason, type Reply } from "../http";
import { PASSWORD, codeNow, personWithTOTP, uniqueEmail, useAttackTarget } from "./fixtures";
import { confirmSignUp, sender } from "../person";

const COOKIE = "twofold_session";

/** The session cookie a reply sets (its value), or null. */
function sessionCookie(reply: Reply): string | null {
  for (const line of reply.setCookie) {
    const match = new RegExp(`^${COOKIE}=([^;]*)`).exec(line);
    if (match) return match[1] ?? "";
  }
  return null;
}

/** A value shaped exactly like a real token, chosen by the attacker. */
const plantedValue = (): string => randomBytes(32).toString("base64url");

describe.each(databaseKinds())("session fixation over HTTP on %s", (kind) => {
  const target = useAttackTarget(kind);

  async function me(options: { cookie?: string; token?: string }): Promise<Reply> {
    return call(target.url, "auth.me", undefined, { ...options, method: "GET" });
  }

  it("a cookie planted before sign-in is never adopted: not at the password, not at the second factor", async () => {
    const person = await personWithTOTP(target);
    const planted = plantedValue();
    const jar = `${COOKIE}=${planted}`;
    expect(reason(await me({ cookie: jar }))).toBe("UNAUTHENTICATED");

    const signIn = await call(
      target.url,
      "auth.signIn",
      { email: person.email, password: PASSWORD },
      { cookie: jar },
    );
    expect(data<{ status: string }>(signIn).status).toBe("second_factor_required");
    const pending = sessionCookie(signIn);
    expect(pending).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(pending).not.toBe(planted);
    expect(reason(await me({ cookie: jar }))).toBe("UNAUTHENTICATED");

    const verified = await call(
      target.url,
      "auth.verifyTOTP",
      { code: codeNow(target, person) },
      { cookie: `${COOKIE}=${pending}` },
    );
    expect(data(verified)).toEqual({ status: "authenticated" });
    const active = sessionCookie(verified);
    expect(active).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect([planted, pending]).not.toContain(active);

    const mine = data<{ user: { email: string }; session: { state: string } }>(
      await me({ cookie: `${COOKIE}=${active}` }),
    );
    expect(mine).toMatchObject({ user: { email: person.email }, session: { state: "active" } });
    expect(reason(await me({ cookie: jar }))).toBe("UNAUTHENTICATED");
    target.clock.advanceSeconds(30);
  });

  it("a pending cookie planted by an attacker who knows the password: the victim's second factor does not sign the attacker in", async () => {
    const victim = await personWithTOTP(target);
    // The attacker signs in with the stolen password and keeps the pending cookie...
    const attackerSignIn = await call(target.url, "auth.signIn", {
      email: victim.email,
      password: PASSWORD,
    });
    const fixed = sessionCookie(attackerSignIn) ?? "";
    expect(fixed).not.toBe("");
    // ...then plants it in the victim's browser, where the victim types the code.
    const victimJar = `${COOKIE}=${fixed}`;
    const verified = await call(
      target.url,
      "auth.verifyTOTP",
      { code: codeNow(target, victim) },
      { cookie: victimJar },
    );
    expect(data(verified)).toEqual({ status: "authenticated" });
    const fresh = sessionCookie(verified);
    expect(fresh).not.toBe(fixed);

    // The attacker's copy of the cookie is dead, for reading and for changing anything.
    expect(reason(await me({ cookie: victimJar }))).toBe("UNAUTHENTICATED");
    const status = await call(target.url, "twoFactor.status", undefined, {
      cookie: victimJar,
      method: "GET",
    });
    expect(status.status).toBe(401);
    expect(reason(status)).toBe("UNAUTHENTICATED");
    const revoke = await call(target.url, "sessions.revokeOthers", {}, { cookie: victimJar });
    expect(reason(revoke)).toBe("UNAUTHENTICATED");
    // The victim's own session works.
    expect((await me({ cookie: `${COOKIE}=${fresh}` })).status).toBe(200);
    target.clock.advanceSeconds(30);
  });

  it("a bearer pending token stops working once the second factor hands out the new one, and cannot finish twice", async () => {
    const person = await personWithTOTP(target);
    const { token: pending } = data<{ token: string }>(
      await call(target.url, "auth.signIn", {
        email: person.email,
        password: PASSWORD,
        tokenInBody: true,
      }),
    );
    const done = data<{ status: string; token: string }>(
      await call(
        target.url,
        "auth.verifyBackupCode",
        { code: person.backupCodes[0] },
        { token: pending },
      ),
    );
    expect(done.token).not.toBe(pending);
    expect(reason(await me({ token: pending }))).toBe("UNAUTHENTICATED");
    const again = await call(
      target.url,
      "auth.verifyBackupCode",
      { code: person.backupCodes[1] },
      { token: pending },
    );
    expect(again.status).toBe(401);
    expect(reason(again)).toBe("UNAUTHENTICATED");
    const codes = data<{ remaining: number }>(
      await call(target.url, "backupCodes.status", undefined, { token: done.token, method: "GET" }),
    );
    expect(codes.remaining).toBe(9);
  });

  it("signing up or signing in while holding someone else's session issues a new one, and moves nobody's session", async () => {
    const attacker = await personWithTOTP(target, uniqueEmail("attacker"));
    const attackerJar = `${COOKIE}=${attacker.token}`;

    const signUp = await confirmSignUp(sender(target.url, { cookie: attackerJar }), {
      email: uniqueEmail("newcomer"),
      password: PASSWORD,
    });
    const newcomer = sessionCookie(signUp);
    expect(newcomer).not.toBeNull();
    expect(newcomer).not.toBe(attacker.token);

    const victim = await personWithTOTP(target);
    const signIn = await call(
      target.url,
      "auth.signIn",
      { email: victim.email, password: PASSWORD },
      { cookie: attackerJar },
    );
    const pending = sessionCookie(signIn) ?? "";
    expect(pending).not.toBe(attacker.token);
    const verified = await call(
      target.url,
      "auth.verifyTOTP",
      { code: codeNow(target, victim) },
      { cookie: `${COOKIE}=${pending}` },
    );
    expect(sessionCookie(verified)).not.toBe(attacker.token);

    // The attacker's planted session still belongs to the attacker: it sees none of the victim.
    const seen = data<{ user: { email: string } }>(await me({ cookie: attackerJar }));
    expect(seen.user.email).toBe(attacker.email);
    target.clock.advanceSeconds(30);
  });

  it("a planted trusted-browser cookie does not skip the second factor", async () => {
    const person = await personWithTOTP(target);
    const signIn = await call(
      target.url,
      "auth.signIn",
      { email: person.email, password: PASSWORD },
      { cookie: `twofold_trusted=${plantedValue()}` },
    );
    expect(data<{ status: string }>(signIn).status).toBe("second_factor_required");
    const pending = sessionCookie(signIn) ?? "";
    expect(
      reason(
        await call(target.url, "twoFactor.status", undefined, {
          cookie: `${COOKIE}=${pending}`,
          method: "GET",
        }),
      ),
    ).toBe("SECOND_FACTOR_REQUIRED");
  });
});
