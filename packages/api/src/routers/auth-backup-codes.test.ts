import { personWithTOTP, useTestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { bearerSignIn, createClient, reasonFrom } from "../../test/clients";

describe.each(databaseKinds())("auth.verifyBackupCode on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("finishes a pending sign-in with one backup code and says how many remain", async () => {
    const person = await personWithTOTP(engine);
    const tui = await bearerSignIn(engine.twofold, person.email);
    const pending = tui.token;
    const done = await tui.caller.auth.verifyBackupCode({ code: person.backupCodes[0] ?? "" });
    expect(done).toEqual({ status: "authenticated", token: done.token, remaining: 9 });
    expect(done.token).toEqual(expect.any(String));
    expect(done.token).not.toBe(pending);
    const signedIn = createClient(engine.twofold, "bearer", done.token ?? null);
    expect((await signedIn.caller.auth.me()).session.state).toBe("active");
  });

  it("refuses a code already spent (CODE_ALREADY_USED) and one never issued (INVALID_CODE)", async () => {
    const person = await personWithTOTP(engine);
    const code = person.backupCodes[1] ?? "";
    const first = await bearerSignIn(engine.twofold, person.email);
    await first.caller.auth.verifyBackupCode({ code });
    const again = await bearerSignIn(engine.twofold, person.email);
    expect(await reasonFrom(again.caller.auth.verifyBackupCode({ code }))).toBe(
      "CODE_ALREADY_USED",
    );
    const other = await personWithTOTP(engine);
    const stranger = await bearerSignIn(engine.twofold, person.email);
    expect(
      await reasonFrom(stranger.caller.auth.verifyBackupCode({ code: other.backupCodes[0] ?? "" })),
    ).toBe("INVALID_CODE");
  });
});
