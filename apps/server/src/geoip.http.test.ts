import { createTestDatabase } from "@twofold/testing";
import type { DatabaseHandle } from "@twofold/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "./env";
import { startServer, type RunningServer } from "./server";
import { call, data } from "../test/http";
import { sender, signUp as signUpWith } from "../test/person";

describe("the place of a sign-in, over HTTP behind a trusted proxy", () => {
  let server: RunningServer;
  let database: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startServer({
      env: readEnv({ PORT: "0", LOG_LEVEL: "silent", TWOFOLD_TRUST_PROXY: "true" }),
      database,
    });
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });

  it("comes from the shipped database for the client's public address, never for loopback", async () => {
    const signUp = async (ip: string | null) => {
      const headers: Record<string, string> = ip ? { "x-forwarded-for": ip } : {};
      const email = `geo-${ip ?? "local"}-${Date.now()}@example.ch`;
      const token = await signUpWith(
        sender(server.url, { headers }),
        email,
        "correct horse battery staple",
      );
      const sessions = data<{ ip: string; place: string | null }[]>(
        await call(server.url, "sessions.list", undefined, { token, method: "GET" }),
      );
      const log = data<{ events: { type: string; place: string | null }[] }>(
        await call(server.url, "securityLog.list", {}, { token, method: "GET" }),
      );
      return {
        session: sessions[0],
        event: log.events.find((e) => e.type === "account_created"),
      };
    };
    const zurich = await signUp("129.132.1.1");
    expect(zurich.session).toMatchObject({ ip: "129.132.1.1", place: "Zurich, CH" });
    expect(zurich.event).toMatchObject({ type: "account_created", place: "Zurich, CH" });
    const local = await signUp(null);
    expect(local.session?.place).toBeNull();
    expect(local.event?.place).toBeNull();
  });
});
