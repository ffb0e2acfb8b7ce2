import { FakeClock, createTestDatabase, databaseKinds, otpAppCode } from "@twofold/testing";
import type { DatabaseHandle } from "@twofold/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "./env";
import { startServer, type RunningServer } from "./server";
import { call, data, reason } from "../test/http";
import { confirmSignUp, sender, signUp as signUpWith } from "../test/person";

const PASSWORD = "correct horse battery staple";

describe.each(databaseKinds())("apps/server over HTTP on %s", (kind) => {
  let server: RunningServer;
  let database: DatabaseHandle;
  const clock = new FakeClock();

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer({
      env: readEnv({ PORT: "0", LOG_LEVEL: "silent" }),
      clock,
      database,
    });
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });

  it("answers /healthz with the database it runs on", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: kind, gateway: "off" });
  });

  it("signs up, turns on TOTP, signs out and signs in with password + TOTP (bearer)", async () => {
    const email = `http-${kind}-${Date.now()}@example.ch`;
    const token = await signUpWith(sender(server.url), email, PASSWORD);
    const enrollment = data<{ enrollmentId: string; otpauthUri: string }>(
      await call(server.url, "totp.beginEnrollment", { label: "Phone" }, { token }),
    );
    const confirmed = data<{ backupCodes: string[] }>(
      await call(
        server.url,
        "totp.confirmEnrollment",
        {
          enrollmentId: enrollment.enrollmentId,
          code: otpAppCode(enrollment.otpauthUri, clock.now()),
        },
        { token },
      ),
    );
    expect(confirmed.backupCodes).toHaveLength(10);
    expect(data(await call(server.url, "auth.signOut", {}, { token }))).toEqual({});
    expect(reason(await call(server.url, "auth.me", undefined, { token, method: "GET" }))).toBe(
      "UNAUTHENTICATED",
    );

    clock.advanceSeconds(30);
    const pending = data<{ status: string; factors: string[]; token: string }>(
      await call(server.url, "auth.signIn", { email, password: PASSWORD, tokenInBody: true }),
    );
    expect(pending).toMatchObject({
      status: "second_factor_required",
      factors: ["totp", "backup_code"],
    });
    const refused = await call(server.url, "twoFactor.status", undefined, {
      token: pending.token,
      method: "GET",
    });
    expect(refused.status).toBe(403);
    expect(reason(refused)).toBe("SECOND_FACTOR_REQUIRED");

    const code = otpAppCode(enrollment.otpauthUri, clock.now());
    const done = data<{ status: string; token: string }>(
      await call(server.url, "auth.verifyTOTP", { code }, { token: pending.token }),
    );
    expect(done.status).toBe("authenticated");
    const me = data<{ user: { email: string }; session: { state: string } }>(
      await call(server.url, "auth.me", undefined, { token: done.token, method: "GET" }),
    );
    expect(me).toMatchObject({ user: { email }, session: { state: "active" } });
    expect(
      reason(await call(server.url, "auth.me", undefined, { token: pending.token, method: "GET" })),
    ).toBe("UNAUTHENTICATED");

    // The same code again, on a new sign-in: refused as a replay.
    const again = data<{ token: string }>(
      await call(server.url, "auth.signIn", { email, password: PASSWORD, tokenInBody: true }),
    );
    const replay = await call(server.url, "auth.verifyTOTP", { code }, { token: again.token });
    expect(replay.status).toBe(400);
    expect(reason(replay)).toBe("CODE_ALREADY_USED");
  });

  it("gives browsers an HttpOnly cookie, rotated after the second factor, and ends it at sign-out", async () => {
    const email = `cookie-${kind}-${Date.now()}@example.ch`;
    const signUp = await confirmSignUp(sender(server.url), {
      email,
      password: PASSWORD,
      remember: false,
    });
    expect(data(signUp)).toEqual({ status: "authenticated" });
    const [cookie] = signUp.setCookie;
    expect(cookie).toMatch(/^twofold_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
    const jar = (cookie ?? "").split(";")[0] ?? "";
    const me = data<{ session: { persistent: boolean } }>(
      await call(server.url, "auth.me", undefined, { cookie: jar, method: "GET" }),
    );
    expect(me.session.persistent).toBe(false);
    const out = await call(server.url, "auth.signOut", {}, { cookie: jar });
    expect(out.setCookie[0]).toMatch(/^twofold_session=; .*Max-Age=0/);
    expect(
      reason(await call(server.url, "auth.me", undefined, { cookie: jar, method: "GET" })),
    ).toBe("UNAUTHENTICATED");
  });
});
