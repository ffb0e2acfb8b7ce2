import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createApiClient } from "@twofold/client";
import { rfc6238Code } from "@twofold/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmedSignUp, KEY, openTerminal, startTestServer } from "../../test/test-utils";
import { resetTokenOf } from "../lib/text-reset";

let stack: Awaited<ReturnType<typeof startTestServer>>;
const email = `ada.${Date.now()}@example.ch`;
const password = "analytical engine 1843";
const newPassword = "notes on the engine, G";
let secret = "";

/** The reset link mailed to `to` (sent a moment after the request answered). */
async function resetLinkTo(to: string): Promise<string> {
  for (let i = 0; i < 200; i += 1) {
    let text = "";
    try {
      text = readFileSync(stack.mailOutbox, "utf8");
    } catch {
      // not written yet
    }
    const link = text
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { to: string; text: string })
      .filter((m) => m.to === to)
      .map((m) => /(\S+\/reset-password#token=\S+)/.exec(m.text)?.[1])
      .findLast(Boolean);
    if (link) return link;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`no reset link to ${to}`);
}

/** An account with an OTP app (added through the API, as the web does). */
beforeAll(async () => {
  stack = await startTestServer();
  let token: string | null = null;
  const api = createApiClient({ url: `${stack.server.url}/trpc`, token: () => token });
  token = await confirmedSignUp(api, stack.mailOutbox, { email, password });
  const enrollment = await api.totp.beginEnrollment.mutate({ label: "Phone" });
  secret = enrollment.secret;
  await api.totp.confirmEnrollment.mutate({
    enrollmentId: enrollment.enrollmentId,
    code: rfc6238Code(secret, new Date()),
  });
});
afterAll(async () => {
  await stack?.close();
});

describe("forgot password in a terminal", () => {
  it("reads a pasted link or a bare token", () => {
    expect(resetTokenOf(" https://t.example/reset-password#token=abc_DEF-1 ")).toBe("abc_DEF-1");
    expect(resetTokenOf("abc_DEF-1")).toBe("abc_DEF-1");
  });

  it("asks the address, the link, the second step, then the new password", async () => {
    const t = openTerminal(stack.server.url, join(stack.dir, "config"));
    await t.waitFor("Welcome to Twofold");
    await t.press(KEY.enter);
    await t.waitFor("Ctrl+F forgot password");
    await t.press("\u0006");
    await t.waitFor("we send it a link");
    await t.type(email);
    await t.press(KEY.enter);
    await t.waitFor("If an account exists for this address");
    await t.type(await resetLinkTo(email));
    await t.press(KEY.enter);
    await t.waitFor("First, confirm it is you");
    // The confirming code's step is spent: the next one.
    await t.type(rfc6238Code(secret, new Date(Date.now() + 30_000)));
    await t.press(KEY.enter);
    await t.waitFor("Choose a new password");
    await t.type(newPassword);
    await t.press(KEY.tab);
    await t.type(newPassword);
    expect(t.frame()).not.toContain(newPassword);
    await t.press(KEY.enter);
    await t.waitFor("Your password was changed and every session was signed out.");
    t.unmount();
    const api = createApiClient({ url: `${stack.server.url}/trpc`, token: () => null });
    const again = await api.auth.signIn.mutate({ email, password: newPassword });
    expect(again.status).toBe("second_factor_required");
  });
});
