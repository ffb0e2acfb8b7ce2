import type { DatabaseHandle } from "@twofold/db";
import { createTestDatabase } from "@twofold/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "./env";
import { startServer, type RunningServer } from "./server";
import { call, data } from "../test/http";
import { signUpWithTOTP } from "../test/person";

const SECRET = "another-sync-secret-of-32-characters-or-more";
const PASSWORD = "correct horse battery staple";

describe("POST /sync/check", () => {
  let server: RunningServer;
  let bare: RunningServer;
  let database: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startServer({
      env: readEnv({ PORT: "0", LOG_LEVEL: "silent", TWOFOLD_SYNC_SECRET: SECRET }),
      database,
    });
    bare = await startServer({ env: readEnv({ PORT: "0", LOG_LEVEL: "silent" }), database });
  });
  afterAll(async () => {
    await server.close();
    await bare.close();
    await database.close();
  });

  const check = (body: unknown, headers: Record<string, string> = {}, base = server.url) =>
    fetch(`${base}/sync/check`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${SECRET}`,
        "content-type": "application/json",
        ...headers,
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });

  it("answers allow for a mail application password and deny for the account password", async () => {
    const email = `sync-${Date.now()}@example.ch`;
    const { token } = await signUpWithTOTP(server.url, { email, password: PASSWORD });
    const { password } = data<{ password: string }>(
      await call(server.url, "appPasswords.create", { name: "Mail", scopes: ["mail"] }, { token }),
    );
    const allowed = await check({ user: email, password, protocol: "imap", ip: "192.0.2.1" });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ result: "allow" });
    const denied = await check({ user: email, password: PASSWORD, protocol: "imap" });
    expect(await denied.json()).toEqual({ result: "deny", reason: "APP_PASSWORD_REQUIRED" });
    const files = await check({ user: email, password, protocol: "webdav" });
    expect(await files.json()).toEqual({ result: "deny", reason: "SCOPE_NOT_ALLOWED" });
  });

  it("refuses a caller without the service credential, and malformed questions", async () => {
    const body = { user: "a@example.ch", password: "x", protocol: "imap" };
    expect((await check(body, { authorization: "" })).status).toBe(401);
    expect((await check(body, { authorization: "Bearer wrong" })).status).toBe(401);
    expect(
      (await check(body, { "content-type": "application/x-www-form-urlencoded" })).status,
    ).toBe(415);
    expect((await check({ ...body, protocol: "gopher" })).status).toBe(400);
    expect((await check("{not json")).status).toBe(400);
    expect((await check({ ...body, password: "x".repeat(5000) })).status).toBe(413);
    const get = await fetch(`${server.url}/sync/check`);
    expect(get.status).toBe(405);
  });

  it("does not exist when no service credential is configured", async () => {
    expect((await check({ user: "a", password: "b", protocol: "imap" }, {}, bare.url)).status).toBe(
      404,
    );
  });
});
