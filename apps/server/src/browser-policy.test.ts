import type { DatabaseHandle } from "@twofold/db";
import { createTestDatabase, FakeClock } from "@twofold/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "./env";
import { startServer, type RunningServer } from "./server";
import { call, data, reason } from "../test/http";
import { confirmSignUp, sender } from "../test/person";

const PASSWORD = "correct horse battery staple";
const cookieOf = (setCookie: string[]) => setCookie.find((c) => /^twofold_session=[^;]+/.test(c));

describe("session cookies and the browser policy, over HTTP", () => {
  let server: RunningServer;
  let database: DatabaseHandle;
  const clock = new FakeClock();

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startServer({
      env: readEnv({ PORT: "0", LOG_LEVEL: "silent" }),
      database,
      clock,
    });
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });

  it("keeps a browser for 30 days, or, with 'authenticate at each browser launch', only until it closes", async () => {
    const email = `policy-${Date.now()}@example.ch`;
    const signedUp = await confirmSignUp(sender(server.url), { email, password: PASSWORD });
    const first = cookieOf(signedUp.setCookie);
    expect(first).toMatch(/Max-Age=\d+/);
    expect(first).toMatch(/HttpOnly/);
    expect(first).toMatch(/SameSite=Lax|SameSite=Strict/);
    const cookie = first?.split(";")[0] ?? "";

    const remembered = await call(server.url, "auth.signIn", {
      email,
      password: PASSWORD,
      remember: true,
    });
    const maxAge = Number(/Max-Age=(\d+)/.exec(cookieOf(remembered.setCookie) ?? "")?.[1]);
    expect(maxAge).toBeGreaterThanOrEqual(30 * 24 * 3600);

    expect(
      data(
        await call(server.url, "account.setBrowserPolicy", { policy: "session_only" }, { cookie }),
      ),
    ).toEqual({ policy: "session_only", appliesFrom: "next_sign_in" });
    expect(
      data(await call(server.url, "account.browserPolicy", undefined, { cookie, method: "GET" })),
    ).toEqual({
      policy: "session_only",
    });

    const sessionOnly = cookieOf(
      (await call(server.url, "auth.signIn", { email, password: PASSWORD, remember: true }))
        .setCookie,
    );
    expect(sessionOnly).toBeDefined();
    expect(sessionOnly).not.toMatch(/Max-Age|Expires/i);

    // A security change needs a recent password.
    clock.advanceSeconds(6 * 60);
    const late = await call(
      server.url,
      "account.setBrowserPolicy",
      { policy: "remember" },
      { cookie },
    );
    expect(reason(late)).toBe("REAUTH_REQUIRED");
  });
});
