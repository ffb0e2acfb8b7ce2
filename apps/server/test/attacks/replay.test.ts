// Threat: a one-time code (OTP app, backup code) or a sign-in's finish is used twice, one after the other or in a burst of parallel requests.
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { call, data, reason, type Reply } from "../http";
import { codeNow, pendingToken, pendingTokens, personWithTOTP, useAttackTarget } from "./fixtures";

const BURST = 50;

/** The replies that succeeded, and the reasons of the others. */
function outcome(replies: Reply[]): { ok: Reply[]; refusals: (string | undefined)[] } {
  return {
    ok: replies.filter((r) => r.status === 200),
    refusals: replies.filter((r) => r.status !== 200).map(reason),
  };
}

describe.each(databaseKinds())("replay of one-time things over HTTP on %s", (kind) => {
  const target = useAttackTarget(kind);

  async function backupCodesLeft(token: string): Promise<number> {
    return data<{ remaining: number }>(
      await call(target.url, "backupCodes.status", undefined, { token, method: "GET" }),
    ).remaining;
  }

  it("an OTP app code, used once, is refused on the next sign-in within the same step", async () => {
    const person = await personWithTOTP(target);
    const code = codeNow(target, person);
    const first = await pendingToken(target, person.email);
    expect(
      data(await call(target.url, "auth.verifyTOTP", { code }, { token: first })),
    ).toMatchObject({ status: "authenticated" });
    target.clock.advanceSeconds(10); // later, but the code is still within its window
    const second = await pendingToken(target, person.email);
    const replay = await call(target.url, "auth.verifyTOTP", { code }, { token: second });
    expect(replay.status).toBe(400);
    expect(reason(replay)).toBe("CODE_ALREADY_USED");
    const me = data<{ session: { state: string } }>(
      await call(target.url, "auth.me", undefined, { token: second, method: "GET" }),
    );
    expect(me.session.state).toBe("pending_second_factor");
    target.clock.advanceSeconds(30);
  });

  it(`an OTP app code sent ${BURST} times at once, each on its own sign-in: exactly one signs in`, async () => {
    const person = await personWithTOTP(target);
    const tokens = await pendingTokens(target, person.email, BURST);
    const code = codeNow(target, person);
    const requests = tokens.map(
      (token) => () => call(target.url, "auth.verifyTOTP", { code }, { token }),
    );
    const { ok, refusals } = outcome(await Promise.all(requests.map((send) => send())));
    expect(ok).toHaveLength(1);
    expect(refusals.every((r) => r === "CODE_ALREADY_USED" || r === "RATE_LIMITED")).toBe(true);
    // Only one of the pending sessions became a signed-in one.
    const active = await Promise.all(
      tokens.map((token) =>
        call(target.url, "twoFactor.status", undefined, { token, method: "GET" }),
      ),
    );
    expect(active.filter((r) => r.status === 200)).toEqual([]);
    const winner = data<{ token: string }>(ok[0] as Reply).token;
    expect(
      (await call(target.url, "twoFactor.status", undefined, { token: winner, method: "GET" }))
        .status,
    ).toBe(200);
    target.clock.advanceSeconds(30);
  });

  it(`an OTP app code sent ${BURST} times at once on one sign-in: exactly one answer carries a session`, async () => {
    const person = await personWithTOTP(target);
    const token = await pendingToken(target, person.email);
    const code = codeNow(target, person);
    const requests = Array.from(
      { length: BURST },
      () => () => call(target.url, "auth.verifyTOTP", { code }, { token }),
    );
    const { ok, refusals } = outcome(await Promise.all(requests.map((send) => send())));
    expect(ok).toHaveLength(1);
    const allowed = ["CODE_ALREADY_USED", "UNAUTHENTICATED", "NO_PENDING_SIGN_IN", "RATE_LIMITED"];
    expect(refusals.filter((r) => !allowed.includes(r ?? ""))).toEqual([]);
    target.clock.advanceSeconds(30);
  });

  it("an OTP app code resent after it signed in is no guess: ten resends leave the owner's app working", async () => {
    const person = await personWithTOTP(target);
    const code = codeNow(target, person);
    const first = await pendingToken(target, person.email);
    data(await call(target.url, "auth.verifyTOTP", { code }, { token: first }));
    const next = await pendingToken(target, person.email);
    for (let i = 0; i < 10; i += 1) {
      const resent = await call(target.url, "auth.verifyTOTP", { code }, { token: next });
      expect(reason(resent)).toBe("CODE_ALREADY_USED");
    }
    target.clock.advanceSeconds(30);
    const owner = await call(
      target.url,
      "auth.verifyTOTP",
      { code: codeNow(target, person) },
      { token: next },
    );
    expect({ status: owner.status, reason: reason(owner) }).toEqual({
      status: 200,
      reason: undefined,
    });
    target.clock.advanceSeconds(30);
  });

  it("a backup code, used once, is refused on the next sign-in, and counts once", async () => {
    const person = await personWithTOTP(target);
    const [code] = person.backupCodes;
    const first = await pendingToken(target, person.email);
    const used = data<{ remaining: number }>(
      await call(target.url, "auth.verifyBackupCode", { code }, { token: first }),
    );
    expect(used.remaining).toBe(9);
    const second = await pendingToken(target, person.email);
    const replay = await call(target.url, "auth.verifyBackupCode", { code }, { token: second });
    expect(replay.status).toBe(400);
    expect(reason(replay)).toBe("CODE_ALREADY_USED");
    // Written differently (spaces, capitals): the same code, still spent.
    const respelled = (code ?? "").toUpperCase().split("").join(" ");
    const third = await call(
      target.url,
      "auth.verifyBackupCode",
      { code: respelled },
      { token: second },
    );
    expect(third.status).not.toBe(200);
    expect(await backupCodesLeft(person.token)).toBe(9);
  });

  it(`a backup code sent ${BURST} times at once, each on its own sign-in: exactly one signs in, one code is gone`, async () => {
    const person = await personWithTOTP(target);
    const [code] = person.backupCodes;
    const tokens = await pendingTokens(target, person.email, BURST);
    const requests = tokens.map(
      (token) => () => call(target.url, "auth.verifyBackupCode", { code }, { token }),
    );
    const { ok, refusals } = outcome(await Promise.all(requests.map((send) => send())));
    expect(ok).toHaveLength(1);
    expect(refusals.every((r) => r === "CODE_ALREADY_USED" || r === "RATE_LIMITED")).toBe(true);
    expect(await backupCodesLeft(person.token)).toBe(9);
  });

  it(`one sign-in finished ${BURST} times at once with two different right codes: one session, nothing else spent`, async () => {
    const person = await personWithTOTP(target);
    const token = await pendingToken(target, person.email);
    const totp = codeNow(target, person);
    const [backup] = person.backupCodes;
    const requests = Array.from(
      { length: BURST },
      (_, i) => () =>
        i % 2 === 0
          ? call(target.url, "auth.verifyTOTP", { code: totp }, { token })
          : call(target.url, "auth.verifyBackupCode", { code: backup }, { token }),
    );
    const replies = await Promise.all(requests.map((send) => send()));
    const { ok } = outcome(replies);
    expect(ok).toHaveLength(1);
    const byBackup = replies.filter((r, i) => i % 2 === 1 && r.status === 200).length;
    // The code of the losing factor was not spent by a sign-in that did not happen.
    expect(await backupCodesLeft(person.token)).toBe(10 - byBackup);
    // The finished sign-in cannot be finished again, with either factor.
    expect(
      reason(
        await call(target.url, "auth.verifyBackupCode", { code: person.backupCodes[1] }, { token }),
      ),
    ).toBe("UNAUTHENTICATED");
    expect(await backupCodesLeft(person.token)).toBe(10 - byBackup);
    target.clock.advanceSeconds(30);
  });
});
