import { databaseKinds, dumpAllTables } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { must, TEST_META, TEST_PASSWORD, uniqueEmail, useTestEngine } from "../../test/engine";
import { personWithTOTP } from "../../test/totp";
import type { SyncProtocol } from "./sync-check";
import { signedUpPerson } from "../../test/sign-up";
import { opened } from "../../test/engine";

const FROM = { ip: "192.0.2.10", client: "Thunderbird 128" };

describe.each(databaseKinds())("application passwords on %s", (kind) => {
  const engine = useTestEngine(kind);
  const sync = (user: string, password: string, protocol: SyncProtocol = "imap") =>
    engine.twofold.appPasswords.checkSync({ user, password, protocol, ...FROM });

  it("is shown once in groups of four letters, kept only as a keyed hash, and opens IMAP", async () => {
    const person = await personWithTOTP(engine);
    const created = must(
      await engine.twofold.appPasswords.create(
        person.accountId,
        { name: "Thunderbird on the laptop", scopes: ["mail"] },
        TEST_META,
      ),
    );
    expect(created.password).toMatch(/^([a-z]{4}-){6}[a-z]{4}$/);
    const dump = await dumpAllTables(engine.database);
    expect(dump).not.toContain(created.password.replaceAll("-", ""));
    expect(dump).not.toContain(created.password);
    expect(await sync(person.email, created.password)).toEqual({
      allow: true,
      accountId: person.accountId,
      via: "app_password",
    });
    // As people type it: capitals, spaces instead of dashes.
    const typed = created.password.toUpperCase().replaceAll("-", " ");
    expect(await sync(person.email.toUpperCase(), typed)).toMatchObject({ allow: true });
  });

  it("records the last use (time, address, client) and logs the first", async () => {
    const person = await personWithTOTP(engine);
    const { password, id } = must(
      await engine.twofold.appPasswords.create(
        person.accountId,
        { name: "Phone", scopes: ["mail"] },
        TEST_META,
      ),
    );
    await sync(person.email, password);
    const [listed] = await engine.twofold.appPasswords.list(person.accountId);
    expect(listed).toMatchObject({
      id,
      lastUsedAt: engine.clock.now(),
      lastUsedIp: FROM.ip,
      lastUsedClient: FROM.client,
    });
    const log = await engine.twofold.securityLog.list(person.accountId);
    expect(log.events.filter((e) => e.type === "app_password_first_used")).toHaveLength(1);
  });

  it("opens only the protocols of its scopes", async () => {
    const person = await personWithTOTP(engine);
    const { password } = must(
      await engine.twofold.appPasswords.create(
        person.accountId,
        { name: "Calendar", scopes: ["calendar"] },
        TEST_META,
      ),
    );
    expect(await sync(person.email, password, "caldav")).toMatchObject({ allow: true });
    expect(await sync(person.email, password, "carddav")).toMatchObject({ allow: true });
    expect(await sync(person.email, password, "imap")).toEqual({
      allow: false,
      reason: "SCOPE_NOT_ALLOWED",
    });
    expect(await sync(person.email, password, "webdav")).toEqual({
      allow: false,
      reason: "SCOPE_NOT_ALLOWED",
    });
  });

  it("stops working when it expires and the moment it is revoked", async () => {
    const person = await personWithTOTP(engine);
    const expiring = must(
      await engine.twofold.appPasswords.create(
        person.accountId,
        {
          name: "Borrowed laptop",
          scopes: ["mail"],
          expiresAt: new Date(engine.clock.now().getTime() + 3600_000),
        },
        TEST_META,
      ),
    );
    const kept = must(
      await engine.twofold.appPasswords.create(
        person.accountId,
        { name: "Desk", scopes: ["mail", "files"] },
        TEST_META,
      ),
    );
    expect(await sync(person.email, expiring.password)).toMatchObject({ allow: true });
    expect(await sync(person.email, kept.password)).toMatchObject({ allow: true });
    engine.clock.advanceSeconds(3600);
    expect(await sync(person.email, expiring.password)).toEqual({
      allow: false,
      reason: "APP_PASSWORD_EXPIRED",
    });
    must(await engine.twofold.appPasswords.revoke(person.accountId, kept.id, TEST_META));
    expect(await sync(person.email, kept.password, "webdav")).toMatchObject({ allow: false });
    expect(await engine.twofold.appPasswords.revoke(person.accountId, kept.id, TEST_META)).toEqual({
      ok: false,
      reason: "APP_PASSWORD_NOT_FOUND",
    });
  });

  it("refuses the account password once two-step is on, and accepts it before", async () => {
    const email = uniqueEmail();
    await signedUpPerson(engine, { email, password: TEST_PASSWORD }, TEST_META);
    expect(await sync(email, TEST_PASSWORD)).toMatchObject({ allow: true, via: "password" });
    expect(await sync(email, "not the password")).toEqual({
      allow: false,
      reason: "INVALID_CREDENTIALS",
    });
    const person = await personWithTOTP(engine);
    expect(await sync(person.email, TEST_PASSWORD)).toEqual({
      allow: false,
      reason: "APP_PASSWORD_REQUIRED",
    });
    expect(await sync(uniqueEmail(), TEST_PASSWORD)).toEqual({
      allow: false,
      reason: "INVALID_CREDENTIALS",
    });
  });

  it("never signs in to the web, the terminal or the API", async () => {
    const person = await personWithTOTP(engine);
    const { password } = must(
      await engine.twofold.appPasswords.create(
        person.accountId,
        { name: "Mail", scopes: ["mail"] },
        TEST_META,
      ),
    );
    expect(
      await engine.twofold.accounts.signIn({ email: person.email, password }, TEST_META),
    ).toEqual({
      ok: false,
      reason: "INVALID_CREDENTIALS",
    });
  });

  it("opens nothing of another account", async () => {
    const owner = await personWithTOTP(engine);
    const other = await personWithTOTP(engine);
    const { password } = must(
      await engine.twofold.appPasswords.create(
        owner.accountId,
        { name: "Mail", scopes: ["mail"] },
        TEST_META,
      ),
    );
    expect(await sync(other.email, password)).toMatchObject({ allow: false });
  });

  it("are all revoked, other sessions ended and trusted browsers forgotten when the account password changes", async () => {
    const person = await personWithTOTP(engine);
    const other = opened(
      must(
        await engine.twofold.accounts.signIn(
          { email: person.email, password: TEST_PASSWORD },
          TEST_META,
        ),
      ),
    );
    const created = [];
    for (const name of ["One", "Two"])
      created.push(
        must(
          await engine.twofold.appPasswords.create(
            person.accountId,
            { name, scopes: ["mail"] },
            TEST_META,
          ),
        ),
      );
    await engine.twofold.trustedBrowsers.trust(person.session.session, TEST_META);
    expect(await engine.twofold.trustedBrowsers.list(person.accountId)).toHaveLength(1);
    const changed = must(
      await engine.twofold.accounts.changePassword(
        person.session.session,
        "a whole new passphrase",
        TEST_META,
      ),
    );
    expect(changed).toEqual({ appPasswordsRevoked: 2, sessionsEnded: 1 });
    expect(await engine.twofold.appPasswords.list(person.accountId)).toEqual([]);
    expect(await engine.twofold.trustedBrowsers.list(person.accountId)).toEqual([]);
    for (const c of created)
      expect(await sync(person.email, c.password)).toMatchObject({ allow: false });
    expect(await engine.twofold.sessions.resolve(other.token)).toBeNull();
    expect(await engine.twofold.sessions.resolve(person.session.token)).not.toBeNull();
    expect(
      await engine.twofold.accounts.changePassword(person.session.session, "short", TEST_META),
    ).toEqual({ ok: false, reason: "WEAK_PASSWORD" });
  });

  it("refuses a scope-less password and an expiry in the past", async () => {
    const person = await personWithTOTP(engine);
    expect(
      await engine.twofold.appPasswords.create(
        person.accountId,
        { name: "x", scopes: [] },
        TEST_META,
      ),
    ).toEqual({ ok: false, reason: "INVALID_INPUT" });
    expect(
      await engine.twofold.appPasswords.create(
        person.accountId,
        { name: "x", scopes: ["mail"], expiresAt: new Date(engine.clock.now().getTime() - 1) },
        TEST_META,
      ),
    ).toEqual({ ok: false, reason: "INVALID_INPUT" });
  });

  it("counts a mail app's old password like any guess (one lock for every door), and logs which protocol sent it", async () => {
    const email = uniqueEmail();
    const { session } = await signedUpPerson(engine, { email, password: TEST_PASSWORD }, TEST_META);
    for (let i = 0; i < 15; i += 1) await sync(email, "the old password, still in the app");
    expect(await sync(email, TEST_PASSWORD)).toMatchObject({
      allow: false,
      reason: "RATE_LIMITED",
    });
    expect(
      await engine.twofold.accounts.signIn({ email, password: TEST_PASSWORD }, TEST_META),
    ).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    const log = await engine.twofold.securityLog.list(session.accountId);
    const failed = log.events.filter((e) => e.type === "sign_in_failed");
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((e) => e.detail.protocol === "imap")).toBe(true);
  });

  it("logs a sync tool sending the account password once per ten minutes, not per try", async () => {
    const person = await personWithTOTP(engine);
    for (let i = 0; i < 5; i += 1) await sync(person.email, TEST_PASSWORD);
    const log = await engine.twofold.securityLog.list(person.accountId);
    expect(log.events.filter((e) => e.type === "sync_login_refused")).toHaveLength(1);
    engine.clock.advanceSeconds(11 * 60);
    await sync(person.email, TEST_PASSWORD);
    const later = await engine.twofold.securityLog.list(person.accountId);
    expect(later.events.filter((e) => e.type === "sync_login_refused")).toHaveLength(2);
  });
});
