// Threat: a network attacker strips TLS from a later visit (sslstrip) and reads the password or the session cookie.
import type { DatabaseHandle } from "@twofold/db";
import { createTestDatabase } from "@twofold/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "./env";
import { startServer, type RunningServer } from "./server";

/** Every kind of answer: health, the API (a success and a refusal), a page, a 404. */
const PATHS = ["/healthz", "/trpc/auth.me", "/trpc/auth.signIn", "/", "/no-such-page"];

async function hstsOf(base: string): Promise<(string | null)[]> {
  return Promise.all(
    PATHS.map(async (path) => {
      const response = await fetch(`${base}${path}`);
      await response.arrayBuffer();
      return response.headers.get("strict-transport-security");
    }),
  );
}

describe("Strict-Transport-Security", () => {
  let database: DatabaseHandle;
  const servers: RunningServer[] = [];

  async function serve(publicUrl: string): Promise<RunningServer> {
    const server = await startServer({
      env: readEnv({ PORT: "0", LOG_LEVEL: "silent", TWOFOLD_PUBLIC_URL: publicUrl }),
      database,
    });
    servers.push(server);
    return server;
  }

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    await database?.close();
  });

  it("is on every answer when people open Twofold over HTTPS: two years, subdomains, no preload", async () => {
    const server = await serve("https://id.example.ch");
    expect(await hstsOf(server.url)).toEqual(
      PATHS.map(() => "max-age=63072000; includeSubDomains"),
    );
  });

  it("is never sent when Twofold is opened over plain HTTP (it would lock people out)", async () => {
    const server = await serve("http://localhost:3000");
    expect(await hstsOf(server.url)).toEqual(PATHS.map(() => null));
  });
});
