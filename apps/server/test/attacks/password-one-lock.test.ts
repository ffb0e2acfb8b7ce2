// Threat: a guesser tries the account password at the sync door (IMAP, CalDAV, WebDAV servers ask POST /sync/check) to get a second round of guesses, or an oracle while sign-in is locked.
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { call, reason, type Reply } from "../http";
import { PASSWORD, uniqueAddress, uniqueEmail, useAttackTarget } from "./fixtures";
import { sender, signUp as signUpWith } from "../person";

const SECRET = "a-sync-secret-for-the-attack-suite-0123456789";
const MAX_FAILURES = 10;

describe.each(databaseKinds())("one password lock at every door over HTTP on %s", (kind) => {
  const target = useAttackTarget(kind, () => ({ TWOFOLD_SYNC_SECRET: SECRET }));

  /** What a sync server asks; the answer's JSON. */
  const syncCheck = async (user: string, password: string): Promise<unknown> => {
    const response = await fetch(`${target.url}/sync/check`, {
      method: "POST",
      headers: { authorization: `Bearer ${SECRET}`, "content-type": "application/json" },
      body: JSON.stringify({ user, password, protocol: "imap", ip: "198.51.100.7" }),
    });
    expect(response.status).toBe(200);
    return response.json();
  };
  const signIn = (email: string, password: string): Promise<Reply> =>
    call(
      target.url,
      "auth.signIn",
      { email, password, tokenInBody: true },
      // Each guess from a new address: the account's own lock is what stops it.
      { headers: uniqueAddress() },
    );
  /** A patient guesser waits out every short delay (at most 16 s), so only the lock refuses. */
  const patiently = <T>(guess: () => Promise<T>): Promise<T> => {
    target.clock.advanceSeconds(60);
    return guess();
  };
  /** An account without two-step, whose password a mail app may still use. */
  const signUp = async (): Promise<{ email: string; token: string }> => {
    const email = uniqueEmail();
    const token = await signUpWith(sender(target.url), email, PASSWORD);
    return { email, token };
  };

  it("after 12 wrong sign-ins, /sync/check denies the right password exactly as a wrong one", async () => {
    const { email } = await signUp();
    for (let i = 0; i < 12; i += 1) {
      const wrong = await patiently(() => signIn(email, `not the password ${i}`));
      expect(reason(wrong)).toBe(i < MAX_FAILURES ? "INVALID_CREDENTIALS" : "RATE_LIMITED");
    }
    const right = await patiently(() => syncCheck(email, PASSWORD));
    const wrong = await syncCheck(email, "still not the password");
    expect(right).toEqual({ result: "deny", reason: "RATE_LIMITED" });
    expect(wrong).toEqual(right);
  });

  it("wrong passwords at /sync/check lock sign-in: the right password then gets RATE_LIMITED, as a wrong one does", async () => {
    const { email } = await signUp();
    for (let i = 0; i < MAX_FAILURES; i += 1)
      expect(await patiently(() => syncCheck(email, `not the password ${i}`))).toEqual({
        result: "deny",
        reason: "INVALID_CREDENTIALS",
      });
    const right = await patiently(() => signIn(email, PASSWORD));
    const wrong = await signIn(email, "still not the password");
    expect(right.status).toBe(429);
    expect(reason(right)).toBe("RATE_LIMITED");
    expect(right.body).toEqual(wrong.body);
    expect(right.setCookie).toEqual([]);
  });

  it("step-up shares the count: wrong passwords at /sync/check refuse the right one at account.reauthenticate", async () => {
    const { email, token } = await signUp();
    for (let i = 0; i < MAX_FAILURES; i += 1)
      await patiently(() => syncCheck(email, `not the password ${i}`));
    const stepUp = (password: string): Promise<Reply> =>
      call(target.url, "account.reauthenticate", { password }, { token });
    const right = await patiently(() => stepUp(PASSWORD));
    const wrong = await stepUp("still not the password");
    expect(right.status).toBe(429);
    expect(reason(right)).toBe("RATE_LIMITED");
    expect(right.body).toEqual(wrong.body);
  });
});
