import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { must, TEST_META, TEST_PASSWORD, uniqueEmail, useTestEngine } from "../../test/engine";
import { signedUpPerson } from "../../test/sign-up";

const FIREFOX = {
  ip: "198.51.100.20",
  userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
};
const SAFARI = {
  ip: "198.51.100.21",
  userAgent:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
};

describe.each(databaseKinds())("sessions and browsers on %s", (kind) => {
  const engine = useTestEngine(kind);
  const MINUTE = 60;

  const account = async () => {
    const email = uniqueEmail();
    const first = await signedUpPerson(engine, { email, password: TEST_PASSWORD }, FIREFOX);
    return { email, first };
  };
  const signIn = async (email: string, meta = SAFARI, remember?: boolean) => {
    const r = must(
      await engine.twofold.accounts.signIn(
        { email, password: TEST_PASSWORD, ...(remember !== undefined && { remember }) },
        meta,
      ),
    );
    if (r.status !== "authenticated") throw new Error("expected a full sign-in");
    return r;
  };

  it("lists the sessions with browser, system and address, this one marked", async () => {
    const { email, first } = await account();
    await signIn(email);
    const list = await engine.twofold.sessions.list(first.session);
    expect(list).toHaveLength(2);
    expect(list.find((s) => s.current)).toMatchObject({
      id: first.session.id,
      browser: "Firefox",
      os: "Windows",
      ip: FIREFOX.ip,
    });
    expect(list.find((s) => !s.current)).toMatchObject({ browser: "Safari", os: "iOS" });
  });

  it("ends one session, or all the others, at once", async () => {
    const { email, first } = await account();
    const b = await signIn(email);
    const c = await signIn(email);
    must(await engine.twofold.sessions.endOne(first.session, b.session.id, TEST_META));
    expect(await engine.twofold.sessions.resolve(b.token)).toBeNull();
    expect(await engine.twofold.sessions.endOne(first.session, b.session.id, TEST_META)).toEqual({
      ok: false,
      reason: "SESSION_NOT_FOUND",
    });
    expect(await engine.twofold.sessions.endOthers(first.session, TEST_META)).toEqual({ ended: 1 });
    expect(await engine.twofold.sessions.resolve(c.token)).toBeNull();
    expect(await engine.twofold.sessions.resolve(first.token)).not.toBeNull();
  });

  it("cannot end another account's session", async () => {
    const mine = await account();
    const theirs = await account();
    expect(
      await engine.twofold.sessions.endOne(mine.first.session, theirs.first.session.id, TEST_META),
    ).toEqual({ ok: false, reason: "SESSION_NOT_FOUND" });
    expect(await engine.twofold.sessions.resolve(theirs.first.token)).not.toBeNull();
  });

  it("keeps a remembered session for 30 days of use", async () => {
    const { email } = await account();
    const s = await signIn(email, SAFARI, true);
    expect(s.session.persistent).toBe(true);
    for (let i = 0; i < 3; i += 1) {
      engine.clock.advanceSeconds(29 * 24 * 60 * MINUTE);
      expect(await engine.twofold.sessions.resolve(s.token)).not.toBeNull();
    }
    engine.clock.advanceSeconds(30 * 24 * 60 * MINUTE);
    expect(await engine.twofold.sessions.resolve(s.token)).toBeNull();
  });

  it("with 'authenticate at each browser launch': session-only, 30 idle minutes, 12 hours at most, from the next sign-in", async () => {
    const { email, first } = await account();
    await engine.twofold.accounts.setBrowserPolicy(
      first.session.accountId,
      "session_only",
      TEST_META,
    );
    expect(await engine.twofold.accounts.browserPolicy(first.session.accountId)).toBe(
      "session_only",
    );
    // The session open before the change keeps what it was given.
    expect((await engine.twofold.sessions.resolve(first.token))?.persistent).toBe(true);

    const idle = await signIn(email, SAFARI, true);
    expect(idle.session.persistent).toBe(false);
    engine.clock.advanceSeconds(29 * MINUTE);
    expect(await engine.twofold.sessions.resolve(idle.token)).not.toBeNull();
    engine.clock.advanceSeconds(31 * MINUTE);
    expect(await engine.twofold.sessions.resolve(idle.token)).toBeNull();

    const busy = await signIn(email, SAFARI, true);
    for (let i = 0; i < 24; i += 1) {
      engine.clock.advanceSeconds(29 * MINUTE);
      expect(await engine.twofold.sessions.resolve(busy.token)).not.toBeNull();
    }
    engine.clock.advanceSeconds(29 * MINUTE);
    expect(await engine.twofold.sessions.resolve(busy.token)).toBeNull();
  });
});
