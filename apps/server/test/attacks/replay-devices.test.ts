// Threat: what a second device proves once (an SMS code, a security key's signature, a push approval) is replayed to sign in again or twice at once.
import { webcrypto } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readOutbox } from "@twofold/core";
import { answerPayload } from "@twofold/push-protocol";
import { createSoftAuthenticator, databaseKinds, type SoftAuthenticator } from "@twofold/testing";
import { afterAll, describe, expect, it } from "vitest";
import { call, data, reason, type Reply } from "../http";
import { PASSWORD, countOf, pendingToken, uniqueEmail, useAttackTarget } from "./fixtures";
import { sender, signUp as signUpWith } from "../person";

const BURST = 50;
const ORIGIN = "http://localhost:5173";
const RP_ID = "localhost";

/** Releases `count` copies of one request together and waits for every answer. */
function burst(count: number, request: () => Promise<Reply>): Promise<Reply[]> {
  const requests = Array.from({ length: count }, () => request);
  return Promise.all(requests.map((send) => send()));
}

const statuses = (replies: Reply[]): number[] => replies.map((r) => r.status);

/** The reasons of the refused replies that are not among `expected`. */
function unexpected(replies: Reply[], expected: string[]): (string | undefined)[] {
  return replies
    .filter((r) => r.status !== 200)
    .map(reason)
    .filter((r) => !expected.includes(r ?? ""));
}

/** Why the losers of a race to finish one sign-in are refused. */
const LOST_RACE = ["UNAUTHENTICATED", "NO_PENDING_SIGN_IN", "CODE_ALREADY_USED", "RATE_LIMITED"];

describe.each(databaseKinds())("replay of second-device proofs over HTTP on %s", (kind) => {
  const outboxDir = mkdtempSync(join(tmpdir(), "twofold-attack-sms-"));
  const outbox = join(outboxDir, "outbox.jsonl");
  afterAll(() => rmSync(outboxDir, { recursive: true, force: true }));
  const target = useAttackTarget(kind, () => ({
    TWOFOLD_SMS_PROVIDER: "outbox",
    TWOFOLD_SMS_OUTBOX: outbox,
  }));

  async function signUp(): Promise<{ email: string; token: string }> {
    const email = uniqueEmail();
    const token = await signUpWith(sender(target.url), email, PASSWORD);
    return { email, token };
  }

  async function lastSMSCode(to: string): Promise<string> {
    const message = (await readOutbox(outbox, 1000)).filter((m) => m.to === to).at(-1);
    const code = /\b(\d{6})\b/.exec(message?.body ?? "")?.[1];
    if (!code) throw new Error(`no SMS code was sent to ${to}`);
    return code;
  }

  it(`an SMS sign-in code sent ${BURST} times at once signs in once; it is worth nothing on the next sign-in`, async () => {
    const person = await signUp();
    const added = data<{ phoneId: string; e164: string }>(
      await call(
        target.url,
        "sms.addPhone",
        { phone: "+41 79 555 01 23" },
        { token: person.token },
      ),
    );
    const confirming = await lastSMSCode(added.e164);
    data(
      await call(
        target.url,
        "sms.confirmPhone",
        { phoneId: added.phoneId, code: confirming },
        { token: person.token },
      ),
    );

    const pending = await pendingToken(target, person.email);
    data(await call(target.url, "auth.sendSMSCode", {}, { token: pending }));
    const code = await lastSMSCode(added.e164);
    const replies = await burst(BURST, () =>
      call(target.url, "auth.verifySMSCode", { code }, { token: pending }),
    );
    expect(countOf(statuses(replies), 200)).toBe(1);
    // A loser that finds the code spent by the winner is told the sign-in is done; one that
    // comes after the code's 5 tries but before the winner's finish, that the code is used up.
    expect(unexpected(replies, [...LOST_RACE, "CODE_EXPIRED"])).toEqual([]);

    // Past the 5th try a code is spent, so on PostgreSQL late copies of the burst count as
    // failures and may lock the method for a while: the next sign-in comes after that.
    target.clock.advance(16 * 60_000);
    const next = await pendingToken(target, person.email);
    const unsent = await call(target.url, "auth.verifySMSCode", { code }, { token: next });
    expect(unsent.status).not.toBe(200);
    data(await call(target.url, "auth.sendSMSCode", {}, { token: next }));
    const fresh = await lastSMSCode(added.e164);
    if (fresh !== code) {
      const old = await call(target.url, "auth.verifySMSCode", { code }, { token: next });
      expect(old.status, JSON.stringify(old.body)).toBe(400);
      expect(reason(old)).toBe("INVALID_CODE");
    }
    expect(
      data(await call(target.url, "auth.verifySMSCode", { code: fresh }, { token: next })),
    ).toMatchObject({ status: "authenticated" });
  });

  async function keyFor(token: string, passkey: boolean): Promise<SoftAuthenticator> {
    const creation = data<{ challenge: string; user: { id: string } }>(
      await call(target.url, "webauthn.beginRegistration", { label: "Key", passkey }, { token }),
    );
    const key = createSoftAuthenticator(passkey ? { userHandle: creation.user.id } : {});
    const response = key.register({ challenge: creation.challenge, origin: ORIGIN, rpId: RP_ID });
    data(await call(target.url, "webauthn.finishRegistration", { response }, { token }));
    return key;
  }

  it(`a security key's signature sent ${BURST} times at once finishes one sign-in once, and no later one`, async () => {
    const person = await signUp();
    const key = await keyFor(person.token, false);
    const pending = await pendingToken(target, person.email);
    const request = data<{ challenge: string }>(
      await call(target.url, "auth.beginWebAuthn", {}, { token: pending }),
    );
    const response = key.authenticate({
      challenge: request.challenge,
      origin: ORIGIN,
      rpId: RP_ID,
    });
    const replies = await burst(BURST, () =>
      call(target.url, "auth.finishWebAuthn", { response }, { token: pending }),
    );
    expect(countOf(statuses(replies), 200)).toBe(1);
    expect(unexpected(replies, [...LOST_RACE, "CHALLENGE_NOT_FOUND"])).toEqual([]);

    const next = await pendingToken(target, person.email);
    data(await call(target.url, "auth.beginWebAuthn", {}, { token: next }));
    const replay = await call(target.url, "auth.finishWebAuthn", { response }, { token: next });
    expect(replay.status).toBeGreaterThanOrEqual(400);
    expect(replay.status).toBeLessThan(500);
    const me = data<{ session: { state: string } }>(
      await call(target.url, "auth.me", undefined, { token: next, method: "GET" }),
    );
    expect(me.session.state).toBe("pending_second_factor");
  });

  it("a security key's answer resent after it signed in is no guess: ten resends leave the owner's key working", async () => {
    const person = await signUp();
    const key = await keyFor(person.token, false);
    const first = await pendingToken(target, person.email);
    const options = data<{ challenge: string }>(
      await call(target.url, "auth.beginWebAuthn", {}, { token: first }),
    );
    const response = key.authenticate({
      challenge: options.challenge,
      origin: ORIGIN,
      rpId: RP_ID,
    });
    data(await call(target.url, "auth.finishWebAuthn", { response }, { token: first }));

    // A retrying client (or whoever copied the request) sends the spent answer again.
    const next = await pendingToken(target, person.email);
    for (let i = 0; i < 10; i += 1) {
      const resent = await call(target.url, "auth.finishWebAuthn", { response }, { token: next });
      expect(resent.status).not.toBe(200);
    }
    // Like a replayed OTP code (refunded), a replayed answer must not throttle or lock the owner.
    const fresh = data<{ challenge: string }>(
      await call(target.url, "auth.beginWebAuthn", {}, { token: next }),
    );
    const owner = await call(
      target.url,
      "auth.finishWebAuthn",
      { response: key.authenticate({ challenge: fresh.challenge, origin: ORIGIN, rpId: RP_ID }) },
      { token: next },
    );
    expect({ status: owner.status, reason: reason(owner) }).toEqual({
      status: 200,
      reason: undefined,
    });
  });

  it(`a passkey sign-in (no password) sent ${BURST} times at once gives one session; replayed later, none`, async () => {
    const person = await signUp();
    const key = await keyFor(person.token, true);
    const options = data<{ challenge: string }>(
      await call(target.url, "auth.beginPasskeySignIn", {}),
    );
    const response = key.authenticate({
      challenge: options.challenge,
      origin: ORIGIN,
      rpId: RP_ID,
    });
    const replies = await burst(BURST, () =>
      call(target.url, "auth.finishPasskeySignIn", { response, tokenInBody: true }),
    );
    expect(countOf(statuses(replies), 200)).toBe(1);
    expect(unexpected(replies, ["CHALLENGE_NOT_FOUND", "RATE_LIMITED"])).toEqual([]);
    expect(replies.every((r) => r.status === 200 || r.setCookie.length === 0)).toBe(true);

    data(await call(target.url, "auth.beginPasskeySignIn", {}));
    const replay = await call(target.url, "auth.finishPasskeySignIn", {
      response,
      tokenInBody: true,
    });
    expect(replay.status).toBeGreaterThanOrEqual(400);
    expect(replay.status).toBeLessThan(500);
  });

  it(`a device's signed approval sent ${BURST} times at once counts once, and the approved sign-in finishes once`, async () => {
    const person = await signUp();
    const enrollment = data<{ enrollmentId: string; enrollmentCode: string }>(
      await call(
        target.url,
        "push.beginDeviceEnrollment",
        { label: "Laptop" },
        { token: person.token },
      ),
    );
    const ecdsa = { name: "ECDSA", namedCurve: "P-256" } as const;
    const pair = await webcrypto.subtle.generateKey(ecdsa, true, ["sign", "verify"]);
    const jwk = await webcrypto.subtle.exportKey("jwk", pair.publicKey);
    const { deviceId } = data<{ deviceId: string }>(
      await call(target.url, "device.enroll", {
        enrollmentCode: enrollment.enrollmentCode,
        publicKey: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y },
        algorithm: "ES256",
        name: "Terminal",
        platform: "linux",
      }),
    );
    data(
      await call(
        target.url,
        "push.enrollmentStatus",
        { enrollmentId: enrollment.enrollmentId },
        { token: person.token },
      ),
    );

    const pending = await pendingToken(target, person.email);
    const push = data<{ requestId: string; number: number }>(
      await call(target.url, "auth.startPush", {}, { token: pending }),
    );
    const answer = { requestId: push.requestId, deviceId, decision: "approve" as const };
    const signed = await webcrypto.subtle.sign(
      { name: "ECDSA", hash: "SHA-256" },
      pair.privateKey,
      new TextEncoder().encode(answerPayload({ ...answer, number: push.number })),
    );
    const input = {
      ...answer,
      number: push.number,
      signature: Buffer.from(signed).toString("base64url"),
    };
    const answers = await burst(BURST, () => call(target.url, "device.answer", input));
    expect(countOf(statuses(answers), 200)).toBe(1);
    expect(unexpected(answers, ["PUSH_ALREADY_ANSWERED"])).toEqual([]);

    const finishes = await burst(BURST, () =>
      call(target.url, "auth.finishPush", { requestId: push.requestId }, { token: pending }),
    );
    expect(countOf(statuses(finishes), 200)).toBe(1);
    // A loser that finds the approval used by the winner is told the sign-in is done, never
    // that it was refused.
    expect(unexpected(finishes, LOST_RACE)).toEqual([]);

    // The approval belongs to that sign-in: another one cannot finish with it.
    const next = await pendingToken(target, person.email);
    const reused = await call(
      target.url,
      "auth.finishPush",
      { requestId: push.requestId },
      { token: next },
    );
    expect(reused.status).not.toBe(200);
    expect(reason(reused)).toBe("PUSH_REQUEST_NOT_FOUND");
    const again = await call(target.url, "device.answer", input);
    expect(again.status).toBe(409);
  });
});
