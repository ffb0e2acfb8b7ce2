// Threat: "forgot password" tells which addresses have an account, or lets a mailbox reader (or a replayed link) take an account with two-step on without its second factor.
import { readMailOutbox } from "@twofold/core";
import { databaseKinds } from "@twofold/testing";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { call, data, reason } from "../http";
import {
  codeNow,
  personWithTOTP,
  uniqueAddress,
  uniqueEmail,
  useAttackTarget,
  type AttackTarget,
} from "./fixtures";

const NEW_PASSWORD = "an attacker's chosen passphrase";

describe.each(databaseKinds())("forgot password over HTTP on %s", (kind) => {
  const outbox = join(mkdtempSync(join(tmpdir(), "twofold-reset-attack-")), "mail.jsonl");
  const target = useAttackTarget(kind, () => ({
    TWOFOLD_MAIL: "outbox",
    TWOFOLD_MAIL_OUTBOX: outbox,
  }));

  const ask = (t: AttackTarget, email: string) =>
    call(t.url, "recovery.requestPasswordReset", { email }, { headers: uniqueAddress() });

  /** The link mailed to `email` (queued, sent by the mail worker within a second: wait for it). */
  async function linkMailedTo(email: string): Promise<string> {
    for (let i = 0; i < 400; i += 1) {
      const mail = (await readMailOutbox(outbox, 10_000))
        .filter((m) => m.to === email && m.subject === "Twofold: Choose a new password")
        .at(-1);
      const token = mail && /#token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
      if (token) return token;
      await new Promise((done) => setTimeout(done, 25));
    }
    throw new Error(`no reset link mailed to ${email}`);
  }

  it("answers a known and an unknown address with the same bytes", async () => {
    const person = await personWithTOTP(target);
    const known = await ask(target, person.email);
    const unknown = await ask(target, uniqueEmail("nobody"));
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(known.status);
    expect(JSON.stringify(unknown.body)).toBe(JSON.stringify(known.body));
    expect(known.setCookie).toEqual([]);
    expect(unknown.setCookie).toEqual([]);
  });

  it("refuses a reset that skips the second factor, and one finished by a session of another reset", async () => {
    const victim = await personWithTOTP(target);
    await ask(target, victim.email);
    const token = await linkMailedTo(victim.email);
    // The mailbox reader goes straight to the last step.
    const skipped = await call(target.url, "recovery.completePasswordReset", {
      token,
      password: NEW_PASSWORD,
    });
    expect(reason(skipped)).toBe("SECOND_FACTOR_REQUIRED");
    // Or passes a factor for an account of their own, and brings that session.
    const attacker = await personWithTOTP(target);
    await ask(target, attacker.email);
    const own = await linkMailedTo(attacker.email);
    const begun = data<{ token: string }>(
      await call(target.url, "recovery.beginPasswordReset", { token: own, tokenInBody: true }),
    );
    const passed = data<{ token: string }>(
      await call(
        target.url,
        "auth.verifyTOTP",
        { code: codeNow(target, attacker) },
        { token: begun.token },
      ),
    );
    const crossed = await call(
      target.url,
      "recovery.completePasswordReset",
      { token, password: NEW_PASSWORD },
      { token: passed.token },
    );
    expect(reason(crossed)).toBe("SECOND_FACTOR_REQUIRED");
    // The victim's password still works.
    const signIn = data<{ status: string }>(
      await call(
        target.url,
        "auth.signIn",
        { email: victim.email, password: "correct horse battery staple" },
        { headers: uniqueAddress() },
      ),
    );
    expect(signIn.status).toBe("second_factor_required");
  });

  it("spends a link once: a replay after the reset, and parallel completions, change it once", async () => {
    const person = await personWithTOTP(target);
    await ask(target, person.email);
    const token = await linkMailedTo(person.email);
    const begun = data<{ token: string }>(
      await call(target.url, "recovery.beginPasswordReset", { token, tokenInBody: true }),
    );
    const passed = data<{ token: string }>(
      await call(
        target.url,
        "auth.verifyTOTP",
        { code: codeNow(target, person) },
        { token: begun.token },
      ),
    );
    const replies = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        call(
          target.url,
          "recovery.completePasswordReset",
          { token, password: `${NEW_PASSWORD} ${i}` },
          { token: passed.token },
        ),
      ),
    );
    expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    for (const r of replies.filter((r) => r.status !== 200)) {
      expect(["LINK_INVALID", "SECOND_FACTOR_REQUIRED"]).toContain(reason(r));
    }
    const replay = await call(target.url, "recovery.beginPasswordReset", { token });
    expect(reason(replay)).toBe("LINK_INVALID");
    // The reset's session ended with it.
    expect(
      reason(await call(target.url, "auth.me", undefined, { method: "GET", token: passed.token })),
    ).toBe("UNAUTHENTICATED");
  });
});
