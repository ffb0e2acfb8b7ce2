// Scaled out: a revocation on server B is refused at once by server A, which had the password
// in memory (Redis carries the eviction); without Redis the servers keep no such memory.
import { afterAll, describe, expect, it } from "vitest";
import type { RunningServer } from "./server";
import { call, data } from "../test/http";
import { signUpWithTOTP } from "../test/person";
import { twoServersOnPostgres } from "../test/servers";

const SECRET = "scaled-out-sync-secret-of-32-characters-or-more";
const PASSWORD = "correct horse battery staple";

// Left out of the run without DATABASE_URL (vitest.config.ts).
describe("application passwords on two servers", () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  const twoServers = (redis: boolean): Promise<RunningServer[]> =>
    twoServersOnPostgres({
      env: {
        TWOFOLD_SYNC_SECRET: SECRET,
        ...(redis && { REDIS_URL: "redis://127.0.0.1:6379" }),
      },
      cleanups,
    });

  const check = async (server: RunningServer, user: string, password: string) => {
    const response = await fetch(`${server.url}/sync/check`, {
      method: "POST",
      headers: { authorization: `Bearer ${SECRET}`, "content-type": "application/json" },
      body: JSON.stringify({ user, password, protocol: "imap" }),
    });
    return ((await response.json()) as { result: string }).result;
  };

  it.each([true, false])("with Redis %s: revoked on B, refused on A at once", async (redis) => {
    const [a, b] = await twoServers(redis);
    if (!a || !b) throw new Error("two servers");
    const email = `scaled-${redis}-${Date.now()}@example.ch`;
    const { token } = await signUpWithTOTP(a.url, { email, password: PASSWORD });
    const created = data<{ id: string; password: string }>(
      await call(a.url, "appPasswords.create", { name: "Mail", scopes: ["mail"] }, { token }),
    );
    expect(await check(a, email, created.password)).toBe("allow");
    expect(await check(b, email, created.password)).toBe("allow");
    data(await call(b.url, "appPasswords.revoke", { id: created.id }, { token }));
    // Redis delivers within milliseconds; the check is asked until then, for at most 2 s.
    let result = "allow";
    for (let i = 0; i < 40 && result === "allow"; i += 1) {
      result = await check(a, email, created.password);
      if (result === "allow") await new Promise((r) => setTimeout(r, 50));
    }
    expect(result).toBe("deny");
  });
});
