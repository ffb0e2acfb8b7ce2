import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { promisify } from "node:util";
import type { DatabaseHandle } from "@twofold/db";
import { createTestDatabase, startSmsProvider, type SmsProviderServer } from "@twofold/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "./env";
import { startServer, type RunningServer } from "./server";
import { call, data, reason } from "../test/http";
import { BUILT_MAIN, startBuiltServer } from "../test/built-server";
import { sender, signUp as signUpWith } from "../test/person";

const PASSWORD = "correct horse battery staple";

describe("SMS provider configuration", () => {
  it("names what a chosen provider is missing", () => {
    expect(() => readEnv({ TWOFOLD_SMS_PROVIDER: "twilio" })).toThrow(/TWOFOLD_TWILIO_ACCOUNT_SID/);
    expect(() => readEnv({ TWOFOLD_SMS_PROVIDER: "webhook" })).toThrow(/TWOFOLD_SMS_WEBHOOK_URL/);
    expect(() => readEnv({ TWOFOLD_SMS_PROVIDER: "carrier-pigeon" })).toThrow(
      /TWOFOLD_SMS_PROVIDER/,
    );
  });
});

describe("SMS through Twilio's API, over HTTP", () => {
  let provider: SmsProviderServer;
  let server: RunningServer;
  let database: DatabaseHandle;
  const logs: string[] = [];

  beforeAll(async () => {
    provider = await startSmsProvider();
    database = await createTestDatabase("pglite");
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString());
        done();
      },
    });
    server = await startServer({
      env: readEnv({
        PORT: "0",
        TWOFOLD_SMS_PROVIDER: "twilio",
        TWOFOLD_TWILIO_ACCOUNT_SID: provider.twilio.accountSid,
        TWOFOLD_TWILIO_AUTH_TOKEN: provider.twilio.authToken,
        TWOFOLD_TWILIO_FROM: "Twofold",
        TWOFOLD_TWILIO_BASE_URL: provider.url,
      }),
      logger: pino({ level: "debug" }, sink),
      database,
    });
  });
  afterAll(async () => {
    await server.close();
    await database.close();
    await provider.close();
  });

  it("sends the code to the E.164 number, answers a provider failure with 503, and logs neither number nor code", async () => {
    const token = await signUpWith(sender(server.url), `sms-${Date.now()}@example.ch`, PASSWORD);
    provider.failNext(1, 500);
    const failed = await call(server.url, "sms.addPhone", { phone: "+49 151 23456789" }, { token });
    expect(failed.status).toBe(503);
    expect(reason(failed)).toBe("SMS_SEND_FAILED");

    const added = data<{ phoneId: string; e164: string }>(
      await call(server.url, "sms.addPhone", { phone: "0049 (0)151 2345-6789" }, { token }),
    );
    expect(added.e164).toBe("+4915123456789");
    expect(provider.received.at(-1)).toMatchObject({ to: "+4915123456789", from: "Twofold" });
    const code = provider.lastCode("+4915123456789");
    data(await call(server.url, "sms.confirmPhone", { phoneId: added.phoneId, code }, { token }));

    const text = logs.join("");
    expect(text).toContain("an outside provider failed");
    expect(text).not.toContain("15123456789");
    expect(text).not.toContain(code);
  });
});

describe("the embedded outbox (pnpm sms:outbox)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "twofold-outbox-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("is where codes go by default, and the command prints the latest", async () => {
    const server = await startBuiltServer(dataDir, {
      TWOFOLD_WEB_DIR: join(dataDir, "no-web"),
      TWOFOLD_GATEWAY: "off",
    });
    try {
      const token = await signUpWith(sender(server.url), "outbox@example.ch", PASSWORD, {
        outbox: join(dataDir, "mail-outbox.jsonl"),
      });
      data(
        await call(
          server.url,
          "sms.addPhone",
          { phone: "06 12 34 56 78", country: "FR" },
          { token },
        ),
      );
    } finally {
      await server.stop();
    }
    const script = join(BUILT_MAIN, "..", "sms-outbox.js");
    const { stdout } = await promisify(execFile)(process.execPath, [script], {
      env: { ...process.env, TWOFOLD_DATA_DIR: dataDir },
    });
    expect(stdout).toContain("to +33612345678");
    expect(stdout).toMatch(/Your Twofold code is \d{6}/);
  });
});
