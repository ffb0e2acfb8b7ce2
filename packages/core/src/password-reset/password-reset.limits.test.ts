// Threat: "forgot password" floods a mailbox, or its limits tell which addresses have an account.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../config";
import { must, TEST_META, TEST_PASSWORD, uniqueEmail, useTestEngine } from "../../test";
import { outboxMailer, readMailOutbox } from "../notifications/outbox-mailer";
import type { RequestMeta } from "../ports";

const LIMITS = {
  perIp: 4,
  perAddress: 2,
  perAccount: 3,
  windowMs: DEFAULT_CONFIG.passwordReset.windowMs,
};

describe.each(databaseKinds())("reset requests limited on %s", (kind) => {
  const outbox = join(mkdtempSync(join(tmpdir(), "twofold-reset-limits-")), "mail.jsonl");
  const engine = useTestEngine(kind, { passwordReset: LIMITS }, () => ({
    mailer: outboxMailer(outbox),
  }));
  let ip = 0;
  const fromNewIp = (): RequestMeta => ({ ...TEST_META, ip: `192.0.2.${(ip += 1)}` });
  const linksTo = async (email: string) => {
    await engine.twofold.securityLog.process();
    return (await readMailOutbox(outbox, 10_000)).filter(
      (m) => m.to === email && m.subject === "Twofold: Choose a new password",
    ).length;
  };

  it("answers RATE_LIMITED to one IP past its limit, for known and unknown addresses alike", async () => {
    const meta = fromNewIp();
    for (let i = 0; i < LIMITS.perIp; i += 1) {
      const asked = await engine.twofold.passwordReset.request({ email: uniqueEmail() }, meta);
      expect(asked.ok).toBe(true);
    }
    const over = await engine.twofold.passwordReset.request({ email: uniqueEmail() }, meta);
    expect(over).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
  });

  it("sends no more links to one address past its limit, and answers the same", async () => {
    const email = uniqueEmail("flooded");
    must(await engine.twofold.accounts.signUp({ email, password: TEST_PASSWORD }, TEST_META));
    for (let i = 0; i < LIMITS.perAddress + 2; i += 1) {
      const asked = must(await engine.twofold.passwordReset.request({ email }, fromNewIp()));
      await asked.sent;
    }
    expect(await linksTo(email)).toBe(LIMITS.perAddress);
    // The address's limit is the same for an address no account has: nothing differs.
    const nobody = uniqueEmail("nobody");
    for (let i = 0; i < LIMITS.perAddress + 2; i += 1) {
      const asked = await engine.twofold.passwordReset.request({ email: nobody }, fromNewIp());
      expect(asked.ok).toBe(true);
    }
  });
});
