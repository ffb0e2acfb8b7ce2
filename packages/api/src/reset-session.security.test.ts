// Threat: someone who reads the person's mail and passes one factor uses the reset's session to reach the account instead of only setting the password.
import { outboxMailer } from "@twofold/core";
import { personWithTOTP, resetTokenMailedTo, useTestEngine } from "@twofold/core/testing";
import { databaseKinds, otpAppCode } from "@twofold/testing";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OPEN_TO_PENDING_PROCEDURES, PUBLIC_PROCEDURES } from "./procedure-access";
import { appRouter } from "./root";
import { callPath, createClient, keep, reasonFrom } from "../test/clients";

describe.each(databaseKinds())("a password reset's session past its factor on %s", (kind) => {
  const outbox = join(mkdtempSync(join(tmpdir(), "twofold-reset-only-")), "mail.jsonl");
  const engine = useTestEngine(kind, undefined, () => ({ mailer: outboxMailer(outbox) }));

  const guarded = Object.keys(appRouter._def.procedures).filter(
    (p) => !OPEN_TO_PENDING_PROCEDURES.has(p) && !PUBLIC_PROCEDURES.has(p),
  );

  // Each test from its own address: the reset requests of one IP are limited.
  let ip = 0;
  it.each(guarded)("is refused by %s with PASSWORD_RESET_ONLY", async (path) => {
    const person = await personWithTOTP(engine);
    const { sent } = await engine.twofold.passwordReset
      .request(
        { email: person.email },
        { ip: `198.51.${(ip += 1) >> 8}.${ip & 255}`, userAgent: "tests" },
      )
      .then((r) => {
        if (!r.ok) throw new Error(r.reason);
        return r.value;
      });
    await sent;
    const token = await resetTokenMailedTo(engine, outbox, person.email);
    const client = createClient(engine.twofold, "bearer");
    const begun = await client.caller.recovery.beginPasswordReset({ token, tokenInBody: true });
    if (begun.status !== "second_factor_required") throw new Error("expected the second step");
    keep(client, begun);
    const code = otpAppCode(person.otpauthUri, engine.clock.now());
    keep(client, await client.caller.auth.verifyTOTP({ code }));
    expect(await reasonFrom(callPath(client, path))).toBe("PASSWORD_RESET_ONLY");
    const status = await engine.twofold.twoFactor.status(person.accountId);
    expect(status.factors.map((f) => f.label)).toEqual(["Phone"]);
  });
});
