// Threat: someone who knows the password goes on after the owner pressed "NO, and report it", through any client.
import { personWithDevice, useTestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { bearerSignIn, createClient, keep, reasonFrom } from "../test/clients";

describe.each(databaseKinds())("after a reported sign-in, on %s", (kind) => {
  const engine = useTestEngine(kind);

  /** The attacker signs in with the password and asks for a push; the owner reports it. */
  async function reported() {
    const person = await personWithDevice(engine);
    const attacker = await bearerSignIn(engine.twofold, person.email);
    const push = await attacker.caller.auth.startPush();
    const device = createClient(engine.twofold, "bearer");
    const answer = await person.device.answer(push.requestId, "report", null);
    expect(await device.caller.device.answer(answer)).toEqual({ status: "reported" });
    return { person, attacker, push };
  }

  it("the attacker's waiting sign-in is over: its poll, its finish and any code are refused", async () => {
    const { person, attacker, push } = await reported();
    const { requestId } = push;
    expect(await reasonFrom(attacker.caller.auth.pushResult({ requestId }))).toBe(
      "UNAUTHENTICATED",
    );
    expect(await reasonFrom(attacker.caller.auth.finishPush({ requestId }))).toBe(
      "UNAUTHENTICATED",
    );
    const code = person.backupCodes[0] ?? "";
    expect(await reasonFrom(attacker.caller.auth.verifyBackupCode({ code }))).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("the owner's next full sign-in must choose a new password before anything else", async () => {
    const { person } = await reported();
    const owner = await bearerSignIn(engine.twofold, person.email);
    keep(owner, await owner.caller.auth.verifyBackupCode({ code: person.backupCodes[0] ?? "" }));
    expect((await owner.caller.auth.me()).user.passwordChangeRequired).toBe(true);
    expect(await reasonFrom(owner.caller.twoFactor.status())).toBe("PASSWORD_CHANGE_REQUIRED");
    expect(await reasonFrom(owner.caller.appPasswords.list())).toBe("PASSWORD_CHANGE_REQUIRED");
  });

  it("the owner's session signed in before the report stays, and is led to the new password", async () => {
    const { person } = await reported();
    const before = createClient(engine.twofold, "bearer", person.session.token);
    expect((await before.caller.auth.me()).session.state).toBe("active");
    expect(await reasonFrom(before.caller.sessions.list())).toBe("PASSWORD_CHANGE_REQUIRED");
  });
});
