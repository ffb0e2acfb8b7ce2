// Threat: the server's logs (shipped to a log service, read by operators, kept for months) hold a password, code, seed, token, cookie or key that lets their reader sign in as someone.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { readOutbox } from "@twofold/core";
import { deriveKeys } from "@twofold/core/internals";
import type { DatabaseHandle } from "@twofold/db";
import { createTestDatabase, FakeClock, otpAppCode, otpauthSecret } from "@twofold/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readEnv } from "../../src/env";
import { startServer, type RunningServer } from "../../src/server";
import { call, data, reason } from "../http";
import { ScureBase32Plugin } from "otplib";
import { Browser, Secrets, standalone } from "./log-secrets";
import { mailedCode } from "../person";

const PASSWORD = "Ein-Passwort, das niemand liest 2026";
const NEW_PASSWORD = "Un autre mot de passe tres long 2026";
const MASTER_KEY = "8c1e5a7f3b9d0246e8a1c3f5b7d9e0a2c4f6b8d0e2a4c6f8b0d2e4a6c8f0b2d4";
const SYNC_SECRET = "sync-secret-of-the-mail-server-0123456789-abcdef";
const PHONE = "+41791234567";

describe("the server's logs at trace level, through every flow", () => {
  const dir = mkdtempSync(join(tmpdir(), "twofold-logs-"));
  const smsOutbox = join(dir, "sms-outbox.jsonl");
  const mailOutbox = join(dir, "mail-outbox.jsonl");
  const lines: string[] = [];
  const clock = new FakeClock();
  const secrets = new Secrets();
  let database: DatabaseHandle;
  let server: RunningServer;
  /** The same installation with an SMS provider that fails (its errors are logged). */
  let failing: RunningServer;

  const env = (outbox: string) =>
    readEnv({
      PORT: "0",
      LOG_LEVEL: "trace",
      TWOFOLD_DATA_DIR: dir,
      TWOFOLD_WEB_DIR: join(dir, "no-web"),
      TWOFOLD_MASTER_KEY: MASTER_KEY,
      TWOFOLD_SYNC_SECRET: SYNC_SECRET,
      TWOFOLD_TRUST_PROXY: "true",
      TWOFOLD_SMS_PROVIDER: "outbox",
      TWOFOLD_SMS_OUTBOX: outbox,
      TWOFOLD_MAIL_OUTBOX: mailOutbox,
    });

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    // Anything that bypasses the logger and prints is a log line too.
    for (const method of ["log", "info", "warn", "error", "debug", "trace"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        lines.push(args.map(String).join(" "));
      });
    }
    database = await createTestDatabase("pglite");
    const logger = pino({ level: "trace" }, sink);
    server = await startServer({ env: env(smsOutbox), logger, clock, database });
    // Its outbox "file" sits under a regular file: every send fails.
    const blocker = join(dir, "not-a-folder");
    writeFileSync(blocker, "");
    failing = await startServer({
      env: env(join(blocker, "sms.jsonl")),
      logger,
      clock,
      database,
    });
  });
  let closed = false;
  const closeServers = async () => {
    if (closed) return;
    closed = true;
    await failing.close();
    await server.close();
  };
  afterAll(async () => {
    await closeServers();
    vi.restoreAllMocks();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function lastSmsCode(): Promise<string> {
    const [latest] = await readOutbox(smsOutbox, 1);
    return secrets.keep("SMS code", /\b(\d{6})\b/.exec(latest?.body ?? "")?.[1]);
  }
  const totp = (uri: string) => secrets.keep("TOTP code", otpAppCode(uri, clock.now()));
  /** A well-formed code that is not the right one (people mistype: those digits are secret too). */
  const wrong = (right: string) =>
    secrets.keep("wrong code", String((Number(right) + 500_001) % 1_000_000).padStart(6, "0"));

  it("keeps every secret out of the logs", async () => {
    const master = Buffer.from(MASTER_KEY, "hex");
    secrets.keepBytes("master key", master);
    const derived: Record<string, Buffer> = { ...deriveKeys(master) };
    for (const [name, key] of Object.entries(derived)) secrets.keepBytes(name, key);
    secrets.keep("sync secret", SYNC_SECRET);
    secrets.keep("password", PASSWORD);
    secrets.keep("new password", NEW_PASSWORD);
    secrets.keep("phone", PHONE);
    secrets.keep("phone, national", PHONE.slice(3));
    const email = `logs-${Date.now()}@example.ch`;
    const browser = new Browser(() => server.url, secrets, "203.0.113.10");
    const bearer = (path: string, input: unknown, token: string, method?: "GET") =>
      call(server.url, path, input, {
        token,
        ...(method && { method }),
        headers: { "x-forwarded-for": "203.0.113.20" },
      });

    // Sign up in a browser; a wrong password attempt; an OTP app with a wrong, then a right code.
    expect(data(await browser.call("auth.signUp", { email, password: PASSWORD }))).toEqual({
      status: "verification_required",
    });
    const signUpCode = secrets.keep(
      "sign-up code",
      await mailedCode(email, { outbox: mailOutbox }),
    );
    expect(data(await browser.call("auth.verifyEmail", { email, code: signUpCode }))).toEqual({
      status: "authenticated",
    });
    const mistyped = secrets.keep("mistyped password", `${PASSWORD}!`);
    expect(reason(await browser.call("auth.signIn", { email, password: mistyped }))).toBe(
      "INVALID_CREDENTIALS",
    );
    const enrollment = data<{ enrollmentId: string; otpauthUri: string; secret: string }>(
      await browser.call("totp.beginEnrollment", { label: "Phone" }),
    );
    const seed = secrets.keep("seed", otpauthSecret(enrollment.otpauthUri));
    secrets.keep("seed as shown", enrollment.secret);
    secrets.keep("otpauth URI", enrollment.otpauthUri);
    secrets.keepBytes("seed", Buffer.from(new ScureBase32Plugin().decode(seed)));
    const firstCode = totp(enrollment.otpauthUri);
    const { enrollmentId } = enrollment;
    expect(
      reason(
        await browser.call("totp.confirmEnrollment", { enrollmentId, code: wrong(firstCode) }),
      ),
    ).toBe("INVALID_CODE");
    const { backupCodes = [] } = data<{ backupCodes?: string[] }>(
      await browser.call("totp.confirmEnrollment", { enrollmentId, code: firstCode }),
    );
    for (const code of backupCodes) {
      secrets.keep("backup code", code);
      secrets.keep("backup code, as typed", code.replaceAll("-", ""));
    }

    // A trusted browser skips the second factor, with a new cookie each time.
    data(await browser.call("auth.trustBrowser", {}));
    data(await browser.call("auth.signOut", {}));
    expect(data(await browser.call("auth.signIn", { email, password: PASSWORD }))).toEqual({
      status: "authenticated",
    });

    // Elsewhere, with bearer tokens: TOTP (a wrong code first), then a backup code, and its replay.
    const signIn = async (password = PASSWORD) => {
      const r = data<{ token: string }>(
        await call(
          server.url,
          "auth.signIn",
          { email, password, tokenInBody: true },
          { headers: { "x-forwarded-for": "203.0.113.20" } },
        ),
      );
      return secrets.keep("pending token", r.token);
    };
    clock.advanceSeconds(30);
    let pending = await signIn();
    const code = totp(enrollment.otpauthUri);
    expect(reason(await bearer("auth.verifyTOTP", { code: wrong(code) }, pending))).toBe(
      "INVALID_CODE",
    );
    let token = secrets.keep(
      "session token",
      data<{ token: string }>(await bearer("auth.verifyTOTP", { code }, pending)).token,
    );
    pending = await signIn();
    const mistypedBackup = secrets.keep("wrong backup code", "zzzz-zzzz-zzzz");
    expect(reason(await bearer("auth.verifyBackupCode", { code: mistypedBackup }, pending))).toBe(
      "INVALID_CODE",
    );
    const backup = backupCodes[0] ?? "";
    data(await bearer("auth.verifyBackupCode", { code: backup }, pending));
    pending = await signIn();
    expect(reason(await bearer("auth.verifyBackupCode", { code: backup }, pending))).toBe(
      "CODE_ALREADY_USED",
    );
    const renewed = data<{ codes: string[] }>(
      await bearer("backupCodes.regenerate", undefined, token),
    );
    for (const c of renewed.codes) secrets.keep("backup code", c);

    // SMS: a number added (a wrong code first), then a sign-in with a code by SMS.
    const added = data<{ phoneId: string }>(await bearer("sms.addPhone", { phone: PHONE }, token));
    const smsCode = await lastSmsCode();
    expect(
      reason(
        await bearer("sms.confirmPhone", { phoneId: added.phoneId, code: wrong(smsCode) }, token),
      ),
    ).toBe("INVALID_CODE");
    const phone = data<{ id: string }>(
      await bearer("sms.confirmPhone", { phoneId: added.phoneId, code: smsCode }, token),
    );
    pending = await signIn();
    data(await bearer("auth.sendSMSCode", { phoneId: phone.id }, pending));
    const signInCode = await lastSmsCode();
    expect(reason(await bearer("auth.verifySMSCode", { code: wrong(signInCode) }, pending))).toBe(
      "INVALID_CODE",
    );
    token = secrets.keep(
      "session token",
      data<{ token: string }>(await bearer("auth.verifySMSCode", { code: signInCode }, pending))
        .token,
    );

    // An SMS provider that fails: its error is logged, the number and code are not.
    pending = await signIn();
    const failed = await call(
      failing.url,
      "auth.sendSMSCode",
      { phoneId: phone.id },
      { token: pending },
    );
    expect(reason(failed)).toBe("SMS_SEND_FAILED");

    // Application passwords, checked by a mail server through /sync/check.
    const app = data<{ id: string; password: string }>(
      await bearer("appPasswords.create", { name: "Mail", scopes: ["mail"] }, token),
    );
    secrets.keep("app password", app.password);
    secrets.keep("app password, as typed", app.password.replaceAll("-", ""));
    const check = async (password: string, secret = SYNC_SECRET) => {
      const response = await fetch(`${server.url}/sync/check`, {
        method: "POST",
        headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
        body: JSON.stringify({ user: email, password, protocol: "imap", ip: "198.51.100.7" }),
      });
      return { status: response.status, body: await response.json() };
    };
    expect(await check(app.password)).toEqual({ status: 200, body: { result: "allow" } });
    expect((await check(PASSWORD)).body).toMatchObject({ result: "deny" });
    const guessed = secrets.keep("guessed app password", "abcd-efgh-ijkm-nopq-rstu-vwxy-zabc");
    expect((await check(guessed)).body).toMatchObject({ result: "deny" });
    const stolenSecret = secrets.keep("wrong sync secret", `${SYNC_SECRET}-but-not-quite`);
    expect((await check(app.password, stolenSecret)).status).toBe(401);
    data(await bearer("appPasswords.revoke", { id: app.id }, token));

    // Sessions; a step-up with a wrong then the right password; a new password.
    const sessions = data<{ id: string; current: boolean }[]>(
      await bearer("sessions.list", undefined, token, "GET"),
    );
    const other = sessions.find((s) => !s.current);
    if (other) data(await bearer("sessions.revoke", { id: other.id }, token));
    clock.advanceSeconds(600);
    expect(reason(await bearer("account.reauthenticate", { password: mistyped }, token))).toBe(
      "INVALID_CREDENTIALS",
    );
    data(await bearer("account.reauthenticate", { password: PASSWORD }, token));
    data(await bearer("account.changePassword", { newPassword: NEW_PASSWORD }, token));
    expect(
      reason(
        await call(server.url, "auth.signIn", { email, password: PASSWORD, tokenInBody: true }),
      ),
    ).toBe("INVALID_CREDENTIALS");
    pending = await signIn(NEW_PASSWORD);
    clock.advanceSeconds(30);
    token = secrets.keep(
      "session token",
      data<{ token: string }>(
        await bearer("auth.verifyTOTP", { code: totp(enrollment.otpauthUri) }, pending),
      ).token,
    );

    // Requests that fail: malformed, too large, unknown, in the URL, with a forged token.
    const inBody = secrets.keep("password in a broken body", "Broken-Body-Password-31415");
    const broken = await call(server.url, "auth.signIn", undefined, {
      rawBody: `{"email":"${email}","password":"${inBody}"`,
    });
    expect(broken.status).toBeGreaterThanOrEqual(400);
    const huge = secrets.keep("password too long", `Too-Long-Password-${"x".repeat(5000)}`);
    expect((await call(server.url, "auth.signIn", { email, password: huge })).status).toBe(400);
    const inUrl = secrets.keep("password in a URL", "Query-String-Password-27182");
    const asQuery = await call(
      server.url,
      "auth.signIn",
      { email, password: inUrl },
      { method: "GET" },
    );
    expect(asQuery.status).toBeGreaterThanOrEqual(400);
    const inPath = secrets.keep("token in an unknown URL", "Unknown-Path-Token-16180339");
    expect((await fetch(`${server.url}/nowhere?token=${inPath}`)).status).toBe(404);
    expect(
      (await call(server.url, "auth.noSuchProcedure", { password: inBody, code: backup })).status,
    ).toBe(404);
    const forged = secrets.keep("forged token", "Zm9yZ2VkLXNlc3Npb24tdG9rZW4tdGhhdC1ub2JvZHk");
    expect(reason(await bearer("auth.me", undefined, forged, "GET"))).toBe("UNAUTHENTICATED");

    // "This wasn't me", from the "password changed" email (links of older emails are spent).
    const link = await notMeLink(email, /your password was changed/i);
    const notMe = secrets.keep("not-me token", new URL(link).searchParams.get("token"));
    data(await call(server.url, "account.reportNotMe", { token: notMe }));
    expect(reason(await bearer("auth.me", undefined, token, "GET"))).toBe("UNAUTHENTICATED");

    // Closing flushes the log worker's last round into the logs too.
    await closeServers();
    const logs = lines.join("\n");
    // The logs are really there, at debug level, for these very requests and failures.
    expect(logs).toContain('"path":"/trpc/auth.verifyTOTP"');
    expect(logs).toContain('"path":"/sync/check"');
    expect(logs).toMatch(/"level":20,/);
    expect(logs).toContain("an outside provider failed");
    expect(secrets.values.size).toBeGreaterThan(80);

    const lower = logs.toLowerCase();
    const found = [...secrets.values].filter(([value]) =>
      /^\d{6}$/.test(value) ? standalone(value).test(logs) : lower.includes(value.toLowerCase()),
    );
    expect(found.map(([, label]) => label)).toEqual([]);
  }, 120_000);

  /** The emails to `email` so far, oldest first. */
  function mailsTo(email: string): { subject: string; text: string }[] {
    if (!existsSync(mailOutbox)) return [];
    return readFileSync(mailOutbox, "utf8")
      .split("\n")
      .filter((l) => l.includes(email))
      .map((l) => JSON.parse(l) as { subject: string; text: string });
  }

  /** The "this wasn't me" link of the first email about `subject` to `email` (sent a moment after). */
  async function notMeLink(email: string, subject: RegExp): Promise<string> {
    for (let i = 0; i < 100; i += 1) {
      const mail = mailsTo(email).find((m) => subject.test(m.subject));
      const link = /https?:\/\/\S+\/not-me\?token=[\w.-]+/.exec(mail?.text ?? "")?.[0];
      if (link) return link;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(
      `no email about ${String(subject)} reached ${email}: ${JSON.stringify(mailsTo(email))}`,
    );
  }
});
