// Threat: malformed, oversized or batched requests crash the server (a 500), leak internals, or carry many guesses at once.
import { FakeClock, createTestDatabase, otpAppCode } from "@twofold/testing";
import type { DatabaseHandle } from "@twofold/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "./env";
import { startServer, type RunningServer } from "./server";
import { call, data, reason, type CallOptions } from "../test/http";
import { sender, signUp as signUpWith } from "../test/person";

const PASSWORD = "correct horse battery staple";
const clock = new FakeClock();
let server: RunningServer;
let database: DatabaseHandle;
let pendingToken = "";
let otpauthUri = "";

beforeAll(async () => {
  database = await createTestDatabase("pglite");
  server = await startServer({ env: readEnv({ PORT: "0", LOG_LEVEL: "silent" }), clock, database });
  const email = "attack-target@example.ch";
  const token = await signUpWith(sender(server.url), email, PASSWORD);
  const e = data<{ enrollmentId: string; otpauthUri: string }>(
    await call(server.url, "totp.beginEnrollment", { label: "Phone" }, { token }),
  );
  otpauthUri = e.otpauthUri;
  data(
    await call(
      server.url,
      "totp.confirmEnrollment",
      { enrollmentId: e.enrollmentId, code: otpAppCode(otpauthUri, clock.now()) },
      { token },
    ),
  );
  clock.advanceSeconds(30);
  pendingToken = data<{ token: string }>(
    await call(server.url, "auth.signIn", { email, password: PASSWORD, tokenInBody: true }),
  ).token;
});
afterAll(async () => {
  await server.close();
  await database.close();
});

const BAD: [string, string, unknown, CallOptions, number, string][] = [
  [
    "JSON that does not parse",
    "auth.signIn",
    undefined,
    { rawBody: "{email:" },
    400,
    "INVALID_INPUT",
  ],
  [
    "a form post (CSRF shape)",
    "auth.signIn",
    undefined,
    {
      rawBody: "email=a&password=b",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    },
    415,
    "UNSUPPORTED_MEDIA_TYPE",
  ],
  [
    "a multipart form post to a mutation without input (CSRF shape)",
    "twoFactor.disable",
    undefined,
    {
      rawBody: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--\r\n',
      headers: { "content-type": "multipart/form-data; boundary=x" },
    },
    415,
    "UNSUPPORTED_MEDIA_TYPE",
  ],
  [
    "a body-only fetch with no content type (CSRF shape)",
    "auth.signOut",
    undefined,
    { rawBody: "{}", headers: { "content-type": "" } },
    415,
    "UNSUPPORTED_MEDIA_TYPE",
  ],
  [
    "a text/plain post (CSRF shape)",
    "auth.signIn",
    undefined,
    { rawBody: '{"email":"a@b.ch","password":"x"}', headers: { "content-type": "text/plain" } },
    415,
    "UNSUPPORTED_MEDIA_TYPE",
  ],
  [
    "a mutation by GET",
    "auth.signIn",
    { email: "a@b.ch", password: "x" },
    { method: "GET" },
    405,
    "METHOD_NOT_SUPPORTED",
  ],
  ["an unknown procedure", "auth.becomeAdmin", {}, {}, 404, "PROCEDURE_NOT_FOUND"],
  [
    "a body over 64 kB",
    "auth.signIn",
    undefined,
    { rawBody: JSON.stringify({ email: "a@b.ch", password: "x".repeat(70_000) }) },
    413,
    "INPUT_TOO_LARGE",
  ],
  ["wrong types", "auth.signIn", { email: ["a"], password: { $ne: 1 } }, {}, 400, "INVALID_INPUT"],
  [
    "a query with garbage input",
    "securityLog.list",
    undefined,
    { method: "GET" },
    401,
    "UNAUTHENTICATED",
  ],
  [
    "a bearer token of the wrong shape",
    "auth.me",
    undefined,
    { method: "GET", headers: { authorization: "Bearer ../../etc/passwd" } },
    401,
    "UNAUTHENTICATED",
  ],
];

describe("malformed requests", () => {
  it.each(BAD)(
    "%s: a typed 4xx with a reason, never a 500",
    async (_name, path, input, options, status, expected) => {
      const reply = await call(server.url, path, input, options);
      expect(reply.status).toBe(status);
      expect(reason(reply)).toBe(expected);
      expect(JSON.stringify(reply.body)).not.toMatch(/stack|at .*\.ts:|node_modules/);
    },
  );

  it("a bad percent-encoding in a path is a 4xx, not a crash", async () => {
    const response = await fetch(`${server.url}/%E0%A4%A`);
    expect(response.status).toBeLessThan(500);
  });

  it("refuses a batch larger than 4 calls, so one request cannot carry many guesses", async () => {
    const paths = Array.from({ length: 5 }, () => "auth.verifyTOTP").join(",");
    const body = Object.fromEntries(
      Array.from({ length: 5 }, (_, i) => [String(i), { code: "000000" }]),
    );
    const response = await fetch(`${server.url}/trpc/${paths}?batch=1`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${pendingToken}` },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toContain('INVALID_CODE"');
  });
});

describe("one TOTP code sent 20 times at once over HTTP", () => {
  it("on one sign-in: exactly one succeeds; the others find the code spent or the token rotated", async () => {
    const code = otpAppCode(otpauthUri, clock.now());
    const replies = await Promise.all(
      Array.from({ length: 20 }, () =>
        call(server.url, "auth.verifyTOTP", { code }, { token: pendingToken }),
      ),
    );
    expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    const refusals = new Set(replies.filter((r) => r.status !== 200).map(reason));
    expect(
      [...refusals].every(
        (r) => r === "CODE_ALREADY_USED" || r === "UNAUTHENTICATED" || r === "RATE_LIMITED",
      ),
    ).toBe(true);
  });

  it("on 20 sign-ins of the same account: exactly one succeeds, the others are refused", async () => {
    clock.advanceSeconds(30);
    const tokens: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const reply = await call(server.url, "auth.signIn", {
        email: "attack-target@example.ch",
        password: PASSWORD,
        tokenInBody: true,
      });
      tokens.push(data<{ token: string }>(reply).token);
    }
    const code = otpAppCode(otpauthUri, clock.now());
    const replies = await Promise.all(
      tokens.map((token) => call(server.url, "auth.verifyTOTP", { code }, { token })),
    );
    expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    // Attempts are counted before they are checked, so past 10 in flight some are throttled.
    const refusals = new Set(replies.filter((r) => r.status !== 200).map(reason));
    expect([...refusals].every((r) => r === "CODE_ALREADY_USED" || r === "RATE_LIMITED")).toBe(
      true,
    );
    expect(refusals.has("CODE_ALREADY_USED")).toBe(true);
  });
});
