import { verifyExport } from "@twofold/core";
import { useTestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createClient, reasonFrom } from "../../test/clients";
import { signedUpBrowser } from "../../test/sign-up";

describe.each(databaseKinds())("the securityLog router on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("lists the account's events, newest first", async () => {
    const browser = await signedUpBrowser(engine);
    await browser.caller.account.setLocale({ locale: "fr" });
    const { events, nextCursor } = await browser.caller.securityLog.list();
    expect(events.map((e) => e.type)).toEqual([
      "locale_changed",
      "email_verified",
      "account_created",
    ]);
    expect(nextCursor).toBeNull();
  });

  it("lists only the groups asked for, and refuses a group it does not know", async () => {
    const browser = await signedUpBrowser(engine);
    await browser.caller.account.setLocale({ locale: "fr" });
    const types = async (kinds: ("account" | "sign_ins")[]) =>
      (await browser.caller.securityLog.list({ kinds })).events.map((e) => e.type);
    expect(await types(["account"])).toEqual([
      "locale_changed",
      "email_verified",
      "account_created",
    ]);
    expect(await types(["sign_ins"])).toEqual([]);
    const unknown = JSON.parse('{"kinds":["everything"]}') as { kinds: ["account"] };
    expect(await reasonFrom(browser.caller.securityLog.list(unknown))).toBe("INVALID_INPUT");
  });

  it("exports the log as CSV and JSON that the verifier accepts", async () => {
    const browser = await signedUpBrowser(engine);
    for (const format of ["csv", "json"] as const) {
      const file = await browser.caller.securityLog.export({ format });
      expect(file.fileName).toMatch(
        new RegExp(`^twofold-security-log-\\d{4}-\\d{2}-\\d{2}\\.${format}$`),
      );
      expect(file.events).toBe(2);
      expect(verifyExport(file.content)).toMatchObject({ ok: true, events: 2 });
    }
    const wrong = JSON.parse('{"format":"xlsx"}') as { format: "csv" };
    expect(await reasonFrom(browser.caller.securityLog.export(wrong))).toBe("INVALID_INPUT");
  });

  it("shows nothing without a session (UNAUTHENTICATED)", async () => {
    const nobody = createClient(engine.twofold, "cookie");
    expect(await reasonFrom(nobody.caller.securityLog.list())).toBe("UNAUTHENTICATED");
    expect(await reasonFrom(nobody.caller.securityLog.export({ format: "csv" }))).toBe(
      "UNAUTHENTICATED",
    );
  });
});
