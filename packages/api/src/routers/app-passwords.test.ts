import { personWithTOTP, useTestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createClient, reasonFrom } from "../../test/clients";

describe.each(databaseKinds())("the appPasswords router on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("creates an application password shown once, lists it without it, and revokes it", async () => {
    const person = await personWithTOTP(engine);
    const browser = createClient(engine.twofold, "bearer", person.session.token);
    const created = await browser.caller.appPasswords.create({
      name: "Thunderbird",
      scopes: ["mail"],
    });
    expect(created).toMatchObject({ name: "Thunderbird", scopes: ["mail"], expiresAt: null });
    expect(created.password).toEqual(expect.any(String));
    const listed = await browser.caller.appPasswords.list();
    expect(listed).toEqual([expect.objectContaining({ id: created.id, name: "Thunderbird" })]);
    expect(listed[0]).not.toHaveProperty("password");
    expect(await browser.caller.appPasswords.revoke({ id: created.id })).toEqual({
      id: created.id,
    });
    expect(await browser.caller.appPasswords.list()).toEqual([]);
  });

  it("refuses to revoke another account's application password (APP_PASSWORD_NOT_FOUND)", async () => {
    const owner = await personWithTOTP(engine);
    const ownerBrowser = createClient(engine.twofold, "bearer", owner.session.token);
    const theirs = await ownerBrowser.caller.appPasswords.create({
      name: "Mail",
      scopes: ["mail"],
    });
    const intruder = await personWithTOTP(engine);
    const browser = createClient(engine.twofold, "bearer", intruder.session.token);
    expect(await reasonFrom(browser.caller.appPasswords.revoke({ id: theirs.id }))).toBe(
      "APP_PASSWORD_NOT_FOUND",
    );
  });
});
