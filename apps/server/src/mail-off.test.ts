// An operator who turns mail off must hear at start what stops working: sign-up needs the
// mailed code, and reset and recovery links go by mail.
import { Writable } from "node:stream";
import type { DatabaseHandle } from "@twofold/db";
import { createTestDatabase } from "@twofold/testing";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { readEnv } from "./env";
import { startServer, type RunningServer } from "./server";

describe("starting with TWOFOLD_MAIL", () => {
  let server: RunningServer | undefined;
  let database: DatabaseHandle | undefined;
  afterEach(async () => {
    await server?.close();
    await database?.close();
  });

  async function startLogs(mail: "off" | "outbox"): Promise<string> {
    const logs: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString());
        done();
      },
    });
    database = await createTestDatabase("pglite");
    server = await startServer({
      env: readEnv({ PORT: "0", TWOFOLD_MAIL: mail }),
      logger: pino({ level: "info" }, sink),
      database,
    });
    return logs.join("");
  }

  it("off: warns that nobody can confirm a sign-up or get a reset link", async () => {
    const text = await startLogs("off");
    expect(text).toContain('"level":40');
    expect(text).toContain("nobody can confirm a sign-up, reset a password");
  });

  it("outbox: says nothing of the kind", async () => {
    expect(await startLogs("outbox")).not.toContain("nobody can confirm a sign-up");
  });
});
