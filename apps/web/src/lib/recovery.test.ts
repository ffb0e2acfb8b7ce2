import { createApiClient } from "@twofold/client";
import { startTestServer, type TestServer } from "@twofold/test-stack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MESSAGES } from "../../test/messages";
import { redirectFor } from "./landing";
import { PATHS } from "./paths";
import { linkToken, proofInput } from "./recovery";

const fields = { token: "tok", code: " 123456 ", appPassword: " abcd-efgh " };

describe("the recovery page's proofs", () => {
  it("sends each proof as the API takes it (a browser's proof is its cookies alone)", () => {
    expect(proofInput({ ...fields, kind: "email_link" })).toEqual({
      kind: "email_link",
      token: "tok",
    });
    expect(proofInput({ ...fields, kind: "sms_code" })).toEqual({
      kind: "sms_code",
      code: "123456",
    });
    expect(proofInput({ ...fields, kind: "browser" })).toEqual({ kind: "browser" });
    expect(proofInput({ ...fields, kind: "app_password" })).toEqual({
      kind: "app_password",
      appPassword: "abcd-efgh",
    });
  });

  it("reads the recovery link's token from the page's address", () => {
    expect(linkToken("#token=abc_DEF-1")).toBe("abc_DEF-1");
    expect(linkToken("")).toBe("");
  });

  it("opens signed out, half signed in or signed in (the link comes by mail)", () => {
    const session = {
      signedOut: true,
      signedIn: false,
      pending: false,
      passwordChangeRequired: false,
    };
    expect(redirectFor(PATHS.recover, session)).toBeNull();
    expect(redirectFor(PATHS.recover, { ...session, signedOut: false, signedIn: true })).toBeNull();
  });
});

describe("the recovery page's intro: how long the server waits", () => {
  let stack: TestServer | undefined;
  // An operator's setting (`TWOFOLD_RECOVERY_WAIT_HOURS`), not the default 72 hours.
  beforeAll(async () => {
    stack = await startTestServer({ TWOFOLD_RECOVERY_WAIT_HOURS: "1.5" });
  });
  afterAll(() => stack?.close());

  it("says the server's wait in each language, with its decimal sign and plural", async () => {
    const api = createApiClient({ url: `${stack?.server.url ?? ""}/trpc` });
    const { hours } = await api.recovery.waitPeriod.query();
    expect(MESSAGES.en.recovery.intro(hours)).toContain("then waits 1.5 hours before");
    expect(MESSAGES.fr.recovery.intro(hours)).toContain("attend ensuite 1,5 heure avant");
    expect(MESSAGES.de.recovery.intro(hours)).toContain("wartet dann 1,5 Stunden, bevor");
    expect(MESSAGES.it.recovery.intro(hours)).toContain("attende poi 1,5 ore prima");
    for (const messages of Object.values(MESSAGES))
      expect(messages.recovery.intro(hours)).not.toContain("72");
  });

  it("rounds to one decimal, and says 1 hour, 72 hours as a person writes them", () => {
    expect(MESSAGES.en.recovery.intro(2 / 3)).toContain("waits 0.7 hours");
    expect(MESSAGES.en.recovery.intro(1)).toContain("waits 1 hour before");
    expect(MESSAGES.de.recovery.intro(1)).toContain("wartet dann 1 Stunde,");
    expect(MESSAGES.it.recovery.intro(1)).toContain("attende poi 1 ora prima");
    expect(MESSAGES.fr.recovery.intro(72)).toContain("attend ensuite 72 heures avant");
  });

  it("gives no number while the wait is not known (loading, or the server did not answer)", () => {
    for (const messages of Object.values(MESSAGES)) {
      const text = messages.recovery.intro(null);
      expect(text).not.toMatch(/\d|\bundefined\b|\bnull\b|\bNaN\b/);
    }
    expect(MESSAGES.en.recovery.intro(null)).toContain("then waits a while before you can");
  });
});
