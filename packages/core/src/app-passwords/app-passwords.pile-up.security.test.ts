// Threat: a stolen session (or a script) piles up application passwords, in parallel bursts or by making and revoking them in a loop.
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../config";
import {
  must,
  TEST_META,
  TEST_PASSWORD,
  uniqueEmail,
  useTestEngine,
  type TestEngine,
} from "../../test/engine";
import { signedUpPerson } from "../../test/sign-up";

const HOUR_MS = 3600_000;

async function account(engine: TestEngine): Promise<string> {
  const signedUp = await signedUpPerson(
    engine,
    { email: uniqueEmail(), password: TEST_PASSWORD },
    TEST_META,
  );
  return signedUp.session.accountId;
}

function create(engine: TestEngine, accountId: string, name: string, expiresAt?: Date) {
  return engine.twofold.appPasswords.create(
    accountId,
    { name, scopes: ["mail"], ...(expiresAt && { expiresAt }) },
    TEST_META,
  );
}

describe.each(databaseKinds())("the cap of live application passwords on %s", (kind) => {
  // The hourly limit is tested below at its shipped value; here it must not be what refuses.
  const engine = useTestEngine(kind, { appPasswords: { maxLive: 50, perHour: 1000 } });

  it("lets exactly 5 of 60 parallel creations through when 45 are live: 50 live, the rest TOO_MANY_APP_PASSWORDS", async () => {
    const accountId = await account(engine);
    for (let i = 0; i < 45; i += 1) must(await create(engine, accountId, `device ${i}`));
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => create(engine, accountId, `burst ${i}`)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.filter((r) => !r.ok)).toEqual(
      Array.from({ length: 55 }, () => ({ ok: false, reason: "TOO_MANY_APP_PASSWORDS" })),
    );
    expect(await engine.twofold.appPasswords.list(accountId)).toHaveLength(50);
    const log = await engine.twofold.securityLog.list(accountId);
    expect(log.events.filter((e) => e.type === "app_password_created")).toHaveLength(50);
  });

  it("counts only live ones: an expired or revoked password makes room for a new one", async () => {
    const accountId = await account(engine);
    const soon = new Date(engine.clock.now().getTime() + HOUR_MS);
    const expiring = must(await create(engine, accountId, "borrowed laptop", soon));
    const made = [];
    for (let i = 0; i < 49; i += 1) made.push(must(await create(engine, accountId, `device ${i}`)));
    expect(await create(engine, accountId, "one too many")).toEqual({
      ok: false,
      reason: "TOO_MANY_APP_PASSWORDS",
    });
    engine.clock.advance(HOUR_MS);
    expect((await engine.twofold.appPasswords.list(accountId)).map((p) => p.id)).toContain(
      expiring.id,
    );
    must(await create(engine, accountId, "in place of the expired one"));
    expect((await create(engine, accountId, "again one too many")).ok).toBe(false);
    must(await engine.twofold.appPasswords.revoke(accountId, made[0]?.id ?? "", TEST_META));
    must(await create(engine, accountId, "in place of the revoked one"));
  });

  it("keeps each account's cap apart", async () => {
    const full = await account(engine);
    for (let i = 0; i < 50; i += 1) must(await create(engine, full, `device ${i}`));
    expect((await create(engine, full, "one too many")).ok).toBe(false);
    must(await create(engine, await account(engine), "someone else's first"));
  });
});

describe.each(databaseKinds())("creations per hour on %s", (kind) => {
  const engine = useTestEngine(kind);

  it(`allows ${DEFAULT_CONFIG.appPasswords.perHour} creations an hour, revoked or not; the next is RATE_LIMITED until the first is an hour old`, async () => {
    const { perHour } = DEFAULT_CONFIG.appPasswords;
    expect(perHour).toBe(20);
    const accountId = await account(engine);
    const first = engine.clock.now().getTime();
    for (let i = 0; i < perHour; i += 1) {
      const made = must(await create(engine, accountId, `device ${i}`));
      // Making and revoking in a loop is counted all the same.
      must(await engine.twofold.appPasswords.revoke(accountId, made.id, TEST_META));
      engine.clock.advance(60_000);
    }
    expect(await create(engine, accountId, "one too many")).toEqual({
      ok: false,
      reason: "RATE_LIMITED",
      retryAt: new Date(first + HOUR_MS),
    });
    expect(await engine.twofold.appPasswords.list(accountId)).toEqual([]);
    engine.clock.set(first + HOUR_MS + 1);
    must(await create(engine, accountId, "an hour later"));
    expect((await create(engine, accountId, "the limit slides")).ok).toBe(false);
  });
});
