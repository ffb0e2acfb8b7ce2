import { databaseKinds, otpAppCode } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import type { RequestMeta } from "../ports";
import { useTestEngine, pendingSignIn, TEST_META, must } from "../../test/engine";
import { personWithTOTP } from "../../test/totp";
import { SECURITY_LOG_PAGE, type SecurityEvent } from "./security-log";

/** A six-digit code the app does not show in the accepted window (previous, current, next step). */
function wrongCode(otpauthUri: string, at: Date): string {
  const near = new Set(
    [-30_000, 0, 30_000].map((ms) => otpAppCode(otpauthUri, new Date(at.getTime() + ms))),
  );
  let n = Number(otpAppCode(otpauthUri, at));
  while (near.has(String(n).padStart(6, "0"))) n = (n + 1) % 1_000_000;
  return String(n).padStart(6, "0");
}

const LAPTOP: RequestMeta = {
  ip: "198.51.100.23",
  userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
};
const PHONE: RequestMeta = { ip: "2001:db8::42", userAgent: "Twofold TUI 1.0" };

describe.each(databaseKinds())("security log on %s", (kind) => {
  const engine = useTestEngine(kind);

  const list = (accountId: string, cursor?: number) =>
    engine.twofold.securityLog.list(accountId, { cursor });
  const everything = async (accountId: string): Promise<SecurityEvent[]> => {
    const events: SecurityEvent[] = [];
    let cursor: number | undefined;
    for (;;) {
      const page = await list(accountId, cursor);
      events.push(...page.events);
      if (page.nextCursor === null) return events;
      cursor = page.nextCursor;
    }
  };
  const rename = async (accountId: string, factorId: string, times: number) => {
    for (let i = 0; i < times; i += 1)
      must(
        await engine.twofold.twoFactor.renameFactor(
          accountId,
          { factorId, label: `Phone ${i}` },
          TEST_META,
        ),
      );
  };

  it("shows what happened to the account, newest first, with where it came from, and never a code", async () => {
    const person = await personWithTOTP(engine);
    const wrong = wrongCode(person.otpauthUri, engine.clock.now());
    const right = otpAppCode(person.otpauthUri, engine.clock.now());
    const backup = person.backupCodes[4] ?? "";

    const first = await pendingSignIn(engine, person.email);
    expect((await engine.twofold.secondFactor.verifyTOTP(first.session, wrong, LAPTOP)).ok).toBe(
      false,
    );
    must(await engine.twofold.secondFactor.verifyTOTP(first.session, right, LAPTOP));
    engine.clock.advanceSeconds(60);
    const second = await pendingSignIn(engine, person.email);
    must(await engine.twofold.secondFactor.verifyBackupCode(second.session, backup, PHONE));

    const { events, nextCursor } = await list(person.accountId);
    expect(nextCursor).toBeNull();
    expect(events.map((e) => e.type)).toEqual([
      "backup_code_used",
      "sign_in_succeeded",
      "sign_in_pending_second_factor",
      "sign_in_succeeded",
      "second_factor_failed",
      "sign_in_pending_second_factor",
      "backup_codes_generated",
      "two_factor_enabled",
      "factor_added",
      "email_verified",
      "account_created",
    ]);
    expect(events.map((e) => e.detail)).toEqual([
      { remaining: 9 },
      { factor: "backup_code" },
      { factor: "password" },
      { factor: "totp", label: "Phone" },
      { factor: "totp" },
      { factor: "password" },
      { count: 10 },
      // The factor's id: "this wasn't me" from these events' emails removes that factor.
      { kind: "totp", factorId: person.factorId },
      { kind: "totp", label: "Phone", factorId: person.factorId },
      {},
      {},
    ]);
    expect(events.map((e) => ({ ip: e.ip, userAgent: e.userAgent }))).toEqual([
      PHONE,
      PHONE,
      TEST_META, // the password step of pendingSignIn
      LAPTOP,
      LAPTOP,
      TEST_META,
      TEST_META,
      TEST_META,
      TEST_META,
      TEST_META,
      TEST_META,
    ]);
    expect(events[0]?.createdAt).toEqual(engine.clock.now());
    for (let i = 1; i < events.length; i += 1) {
      expect(events[i - 1]?.createdAt.getTime()).toBeGreaterThanOrEqual(
        events[i]?.createdAt.getTime() ?? Infinity,
      );
    }

    const text = JSON.stringify(events);
    for (const code of [wrong, right])
      expect(text).not.toMatch(new RegExp(`(?<!\\d)${code}(?!\\d)`));
    for (const code of person.backupCodes) {
      expect(text.toLowerCase()).not.toContain(code);
      expect(text.toLowerCase()).not.toContain(code.replaceAll("-", ""));
    }
  });

  it("logs replays and locks under their own names", async () => {
    const person = await personWithTOTP(engine);
    const code = otpAppCode(person.otpauthUri, engine.clock.now());
    must(
      await engine.twofold.secondFactor.verifyTOTP(
        (await pendingSignIn(engine, person.email)).session,
        code,
        TEST_META,
      ),
    );
    await engine.twofold.secondFactor.verifyTOTP(
      (await pendingSignIn(engine, person.email)).session,
      code,
      TEST_META,
    );
    const { events } = await list(person.accountId);
    expect(events[0]).toMatchObject({ type: "code_replay_refused", detail: { factor: "totp" } });
    expect(JSON.stringify(events)).not.toMatch(new RegExp(`(?<!\\d)${code}(?!\\d)`));
  });

  it("shows an account only its own events", async () => {
    const ann = await personWithTOTP(engine);
    const bob = await personWithTOTP(engine);
    await rename(bob.accountId, bob.factorId, 3);
    const annEvents = await everything(ann.accountId);
    const bobEvents = await everything(bob.accountId);
    expect(annEvents).toHaveLength(5);
    expect(bobEvents).toHaveLength(8);
    const bobIds = new Set(bobEvents.map((e) => e.id));
    expect(annEvents.some((e) => bobIds.has(e.id))).toBe(false);
  });

  it(`fits ${SECURITY_LOG_PAGE} events on one page with no cursor`, async () => {
    const person = await personWithTOTP(engine);
    await rename(person.accountId, person.factorId, SECURITY_LOG_PAGE - 5);
    const page = await list(person.accountId);
    expect(page.events).toHaveLength(SECURITY_LOG_PAGE);
    expect(page.nextCursor).toBeNull();
  });

  it(`pages through more than ${SECURITY_LOG_PAGE} events with the cursor: none lost, none twice, newest first`, async () => {
    const person = await personWithTOTP(engine);
    const total = 2 * SECURITY_LOG_PAGE + 7;
    await rename(person.accountId, person.factorId, total - 5);

    const first = await list(person.accountId);
    expect(first.events).toHaveLength(SECURITY_LOG_PAGE);
    expect(first.events[0]).toMatchObject({
      type: "factor_renamed",
      detail: { label: `Phone ${total - 6}` },
    });
    expect(first.nextCursor).toBe(first.events.at(-1)?.id);

    const second = await list(person.accountId, first.nextCursor ?? undefined);
    expect(second.events).toHaveLength(SECURITY_LOG_PAGE);
    const third = await list(person.accountId, second.nextCursor ?? undefined);
    expect(third.events).toHaveLength(7);
    expect(third.nextCursor).toBeNull();
    expect(third.events.at(-1)?.type).toBe("account_created");

    const ids = [...first.events, ...second.events, ...third.events].map((e) => e.id);
    expect(new Set(ids).size).toBe(total);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });
});
