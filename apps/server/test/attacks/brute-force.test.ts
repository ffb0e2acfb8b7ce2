// Threat: an attacker who has the password guesses the six-digit code (new sign-ins, batches, parallel bursts), or guesses the password itself.
import { MAX_BATCH_SIZE } from "@twofold/api";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { call, data, reason, type Reply } from "../http";
import {
  PASSWORD,
  batch,
  batchReasons,
  codeNow,
  countOf,
  pendingToken,
  pendingTokens,
  personWithTOTP,
  securityLog,
  uniqueAddress,
  useAttackTarget,
  wrongCodeNow,
  type AttackTarget,
  type Person,
} from "./fixtures";

const MAX_FAILURES = 10;

interface Refusal {
  status: number;
  reason: string | undefined;
  retryAt: string | undefined;
}

function refusal(reply: Reply): Refusal {
  const body = reply.body as { error?: { data?: { retryAt?: string } } };
  return { status: reply.status, reason: reason(reply), retryAt: body.error?.data?.retryAt };
}

/** The retry time of a refusal, if it is a short wait (the growing delay) rather than the lock. */
function shortWait(target: AttackTarget, reply: Reply): Date | null {
  const { status, retryAt } = refusal(reply);
  if (status !== 429 || !retryAt) return null;
  const at = new Date(retryAt);
  return at.getTime() - target.clock.now().getTime() <= 60_000 ? at : null;
}

/**
 * An attacker who waits as long as told (the delays grow from the fifth failure: 1 s, 2 s,
 * 4 s, ...) and tries again, until the answer is not "wait a moment".
 */
async function patiently(target: AttackTarget, send: () => Promise<Reply>): Promise<Reply> {
  for (;;) {
    const reply = await send();
    const wait = shortWait(target, reply);
    if (!wait) return reply;
    target.clock.set(wait.getTime());
  }
}

/** How many wrong OTP app codes the owner's security log shows. */
async function loggedTOTPFailures(target: AttackTarget, person: Person): Promise<number> {
  const events = await securityLog(target.url, person.token);
  return events.filter((e) => e.type === "second_factor_failed" && e.detail.factor === "totp")
    .length;
}

describe.each(databaseKinds())("guessing over HTTP on %s", (kind) => {
  const target = useAttackTarget(kind);

  function verifyTOTP(token: string, code: string): Promise<Reply> {
    return call(target.url, "auth.verifyTOTP", { code }, { token });
  }

  it("ten wrong codes, each after a new password sign-in (which does not reset the count), lock the OTP app: the right code then gets RATE_LIMITED too", async () => {
    const person = await personWithTOTP(target);
    for (let i = 0; i < MAX_FAILURES; i += 1) {
      const wrong = await patiently(target, async () =>
        verifyTOTP(await pendingToken(target, person.email), wrongCodeNow(target, person, i)),
      );
      expect(wrong.status).toBe(400);
      expect(reason(wrong)).toBe("INVALID_CODE");
    }
    const right = refusal(
      await verifyTOTP(await pendingToken(target, person.email), codeNow(target, person)),
    );
    const wrong = refusal(
      await verifyTOTP(await pendingToken(target, person.email), wrongCodeNow(target, person)),
    );
    expect(right).toMatchObject({ status: 429, reason: "RATE_LIMITED" });
    // A right and a wrong code are answered alike: the lock tells a guesser nothing.
    expect(wrong).toEqual(right);
    const retryAt = new Date(right.retryAt ?? "");
    expect(retryAt.getTime()).toBeGreaterThan(target.clock.now().getTime());
    expect(await loggedTOTPFailures(target, person)).toBe(MAX_FAILURES);

    // Once the lock has run out, the owner signs in with the right code.
    target.clock.set(retryAt.getTime() + 1000);
    const token = await pendingToken(target, person.email);
    expect(data(await verifyTOTP(token, codeNow(target, person)))).toMatchObject({
      status: "authenticated",
    });
    target.clock.advanceSeconds(30);
  });

  it(`a batch carries at most ${MAX_BATCH_SIZE} guesses, and batches are counted guess by guess`, async () => {
    expect(MAX_BATCH_SIZE).toBe(4);
    const person = await personWithTOTP(target);
    const token = await pendingToken(target, person.email);
    const guesses = (count: number, offset: number) =>
      Array.from({ length: count }, (_, i) => ({
        path: "auth.verifyTOTP",
        input: { code: wrongCodeNow(target, person, offset + i) },
      }));

    const tooBig = await batch(target.url, guesses(MAX_BATCH_SIZE + 1, 0), token);
    expect(tooBig.status).toBe(400);
    expect(tooBig.text).not.toContain("INVALID_CODE");
    expect(await loggedTOTPFailures(target, person)).toBe(0);

    // Full batches, waiting between them as long as told, until the lock.
    let checked = 0;
    for (let round = 0; checked < MAX_FAILURES && round < 20; round += 1) {
      const reply = await batch(target.url, guesses(MAX_BATCH_SIZE, 10 * round), token);
      const reasons = batchReasons(reply);
      expect(reasons).toHaveLength(MAX_BATCH_SIZE);
      expect(reasons.filter((r) => r !== "INVALID_CODE" && r !== "RATE_LIMITED")).toEqual([]);
      checked += countOf(reasons, "INVALID_CODE");
      const waits = (reply.body as { error?: { data?: { retryAt?: string } } }[])
        .map((r) => Date.parse(r.error?.data?.retryAt ?? ""))
        .filter((at) => at > target.clock.now().getTime());
      if (checked < MAX_FAILURES && waits.length > 0) target.clock.set(Math.max(...waits));
    }
    // However the guesses were packed, no more than ten were checked before the lock.
    expect(checked).toBe(MAX_FAILURES);
    const right = await verifyTOTP(token, codeNow(target, person));
    expect(right.status).toBe(429);
    expect(reason(right)).toBe("RATE_LIMITED");
    expect(await loggedTOTPFailures(target, person)).toBe(MAX_FAILURES);
  });

  it("thirty wrong codes released together on thirty sign-ins: at most ten are checked, then the right code is refused", async () => {
    const person = await personWithTOTP(target);
    const tokens = await pendingTokens(target, person.email, 31);
    const attackers = tokens.slice(0, 30);
    const requests = attackers.map(
      (token, i) => () => verifyTOTP(token, wrongCodeNow(target, person, i)),
    );
    const replies = await Promise.all(requests.map((send) => send()));
    const reasons = replies.map(reason);
    expect(countOf(reasons, "INVALID_CODE")).toBeLessThanOrEqual(MAX_FAILURES);
    expect(countOf(reasons, "INVALID_CODE") + countOf(reasons, "RATE_LIMITED")).toBe(30);
    expect(await loggedTOTPFailures(target, person)).toBe(countOf(reasons, "INVALID_CODE"));

    const right = await verifyTOTP(tokens[30] ?? "", codeNow(target, person));
    expect(right.status).toBe(429);
    expect(reason(right)).toBe("RATE_LIMITED");
    target.clock.advanceSeconds(30);
  });

  it("a locked password answers a wrong and the right password alike, and hands out no session", async () => {
    const person = await personWithTOTP(target);
    const signIn = (password: string): Promise<Reply> =>
      call(
        target.url,
        "auth.signIn",
        { email: person.email, password, tokenInBody: true },
        // Each guess from a new address: the account's own lock is what stops it.
        { headers: uniqueAddress() },
      );
    for (let i = 0; i < MAX_FAILURES; i += 1) {
      const wrong = await patiently(target, () => signIn(`not the password ${i}`));
      expect(wrong.status).toBe(401);
      expect(reason(wrong)).toBe("INVALID_CREDENTIALS");
    }
    const wrong = await signIn("still not the password");
    const right = await signIn(PASSWORD);
    expect(right.status).toBe(429);
    expect(reason(right)).toBe("RATE_LIMITED");
    expect(right.body).toEqual(wrong.body);
    expect(right.setCookie).toEqual([]);
    expect(JSON.stringify(right.body)).not.toContain("second_factor_required");

    const until = refusal(right).retryAt ?? "";
    target.clock.set(new Date(until).getTime() + 1000);
    const after = data<{ status: string }>(await signIn(PASSWORD));
    expect(after.status).toBe("second_factor_required");
  });
});
