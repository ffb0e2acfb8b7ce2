// Threat: a page on another site makes the victim's browser change their account (CSRF), frames it, or reads secrets from a cache.
import { request } from "node:http";
import { appRouter } from "@twofold/api";
import { databaseKinds, otpAppCode } from "@twofold/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { call, data, reason } from "../http";
import { confirmSignUp, mailedCode, sender } from "../person";
import { PASSWORD, stateDump, turnOnTOTP, uniqueEmail, useAttackTarget } from "./fixtures";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request exactly as written: no header added by a client library. */
function raw(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
      );
    });
    req.on("error", reject);
    req.end(body);
  });
}

const reasonOf = (answer: Answer): string | undefined =>
  (JSON.parse(answer.body) as { error?: { data?: { reason?: string } } }).error?.data?.reason;

const MUTATIONS = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>,
)
  .filter(([, p]) => p._def.type === "mutation")
  .map(([path]) => path)
  .sort();

/** What a form or a body-only fetch from another site can send without asking first. */
const SIMPLE_BODIES: [string, Record<string, string>, string][] = [
  ["a urlencoded form", { "content-type": "application/x-www-form-urlencoded" }, "label=x"],
  [
    "a multipart form",
    { "content-type": "multipart/form-data; boundary=x" },
    '--x\r\nContent-Disposition: form-data; name="label"\r\n\r\nx\r\n--x--\r\n',
  ],
  ["a text/plain body", { "content-type": "text/plain" }, '{"label":"x"}'],
  ["a body with no content type", {}, '{"label":"x"}'],
];

/** Where a browser says a request comes from, when the page is on another site. */
const CROSS_SITE: [string, Record<string, string>][] = [
  ["Origin: https://evil.example", { origin: "https://evil.example" }],
  ["Origin: null (a sandboxed frame)", { origin: "null" }],
  ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
  ["Sec-Fetch-Site: same-site (a sibling subdomain)", { "sec-fetch-site": "same-site" }],
];

describe.each(databaseKinds())("cross-site requests on %s", (kind) => {
  const target = useAttackTarget(kind);
  let jar = "";

  beforeAll(async () => {
    // A browser signed in by cookie, with two-step on: what a forged request would aim at.
    const signUp = await confirmSignUp(sender(target.url), {
      email: uniqueEmail(),
      password: PASSWORD,
    });
    jar = signUp.setCookie[0]?.split(";")[0] ?? "";
    await turnOnTOTP(target, { cookie: jar });
  });

  const post = (path: string, headers: Record<string, string>, body?: string) =>
    raw(`${target.url}/trpc/${path}`, "POST", { cookie: jar, ...headers }, body);

  it.each(SIMPLE_BODIES)("%s to any mutation: 415, and nothing changes", async (_n, type, body) => {
    const before = await stateDump(target.database);
    for (const path of MUTATIONS) {
      const answer = await post(path, type, body);
      expect([path, answer.status, reasonOf(answer)]).toEqual([
        path,
        415,
        "UNSUPPORTED_MEDIA_TYPE",
      ]);
    }
    expect(await stateDump(target.database)).toBe(before);
  });

  it.each(CROSS_SITE)(
    "%s on any JSON mutation: 403 CROSS_SITE_REQUEST, and nothing changes",
    async (_n, from) => {
      const before = await stateDump(target.database);
      for (const path of MUTATIONS) {
        const answer = await post(path, { "content-type": "application/json", ...from }, "{}");
        expect([path, answer.status, reasonOf(answer)]).toEqual([path, 403, "CROSS_SITE_REQUEST"]);
      }
      expect(await stateDump(target.database)).toBe(before);
      // The victim is still signed in, two-step still on.
      const status = data<{ enabled: boolean }>(
        await call(target.url, "twoFactor.status", undefined, { cookie: jar, method: "GET" }),
      );
      expect(status.enabled).toBe(true);
    },
  );

  it("refuses an origin on the same host but another port, and one that only starts like this one", async () => {
    const { port } = new URL(target.url);
    for (const origin of [`http://127.0.0.1:${Number(port) + 1}`, `${target.url}.evil.example`]) {
      const answer = await post(
        "auth.signOut",
        { "content-type": "application/json", origin },
        "{}",
      );
      expect([origin, answer.status, reasonOf(answer)]).toEqual([
        origin,
        403,
        "CROSS_SITE_REQUEST",
      ]);
    }
    const answer = await post(
      "auth.signOut",
      { "content-type": "application/json", origin: target.url, "sec-fetch-site": "cross-site" },
      "{}",
    );
    expect(answer.status).toBe(403);
    expect(
      (await call(target.url, "auth.me", undefined, { cookie: jar, method: "GET" })).status,
    ).toBe(200);
  });

  it("lets the site itself and non-browser clients through", async () => {
    const json = { "content-type": "application/json" };
    const sameOrigin = await post(
      "twoFactor.setPreferred",
      { ...json, origin: target.url },
      '{"kind":"totp"}',
    );
    expect(sameOrigin.status).toBe(200);
    const fetchMeta = await post(
      "twoFactor.setPreferred",
      { ...json, "sec-fetch-site": "same-origin", origin: target.url },
      '{"kind":"totp"}',
    );
    expect(fetchMeta.status).toBe(200);
    const terminal = await post("twoFactor.setPreferred", json, '{"kind":"totp"}');
    expect(terminal.status).toBe(200);
  });

  it("grants no cross-origin reading: no CORS headers to a preflight or a query from elsewhere", async () => {
    const preflight = await raw(`${target.url}/trpc/auth.me`, "OPTIONS", {
      origin: "https://evil.example",
      "access-control-request-method": "POST",
      "access-control-request-headers": "content-type",
    });
    expect(preflight.headers["access-control-allow-origin"]).toBeUndefined();
    expect(preflight.headers["access-control-allow-credentials"]).toBeUndefined();
    const query = await raw(`${target.url}/trpc/auth.me`, "GET", {
      cookie: jar,
      origin: "https://evil.example",
    });
    expect(query.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("pages and API answers forbid framing and inline scripts", async () => {
    for (const path of ["/", "/trpc/auth.me", "/healthz"]) {
      const answer = await raw(`${target.url}${path}`, "GET", {});
      const csp = String(answer.headers["content-security-policy"] ?? "");
      const directives = new Map(
        csp.split(";").map((d) => {
          const [name = "", ...values] = d.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      const scripts = directives.get("script-src") ?? directives.get("default-src") ?? [];
      expect([path, scripts]).toEqual([path, expect.not.arrayContaining(["'unsafe-inline'"])]);
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(scripts.length).toBeGreaterThan(0);
      expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
      expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    }
  });

  it("session cookies are HttpOnly and SameSite, at sign-up, sign-in and after the second factor", async () => {
    const cookie = /^twofold_session=[A-Za-z0-9_-]+;.*; HttpOnly;.*SameSite=(Lax|Strict)/;
    const email = uniqueEmail("cookie");
    const signUp = await confirmSignUp(sender(target.url), { email, password: PASSWORD });
    expect(signUp.setCookie[0]).toMatch(cookie);
    const first = signUp.setCookie[0]?.split(";")[0] ?? "";
    const { otpauthUri } = await turnOnTOTP(target, { cookie: first });
    const signIn = await call(target.url, "auth.signIn", { email, password: PASSWORD });
    expect(signIn.setCookie[0]).toMatch(cookie);
    const pending = signIn.setCookie[0]?.split(";")[0] ?? "";
    const verified = await call(
      target.url,
      "auth.verifyTOTP",
      { code: otpAppCode(otpauthUri, target.clock.now()) },
      { cookie: pending },
    );
    expect(verified.setCookie[0]).toMatch(cookie);
    const active = verified.setCookie[0]?.split(";")[0] ?? "";
    const trusted = await call(target.url, "auth.trustBrowser", {}, { cookie: active });
    expect(trusted.setCookie[0]).toMatch(
      /^twofold_trusted=[^;]+;.*HttpOnly;.*SameSite=(Lax|Strict)/,
    );
  });

  it("answers that carry a token, a seed or codes are never stored by a cache", async () => {
    const email = uniqueEmail("cache");
    const json = { "content-type": "application/json" };
    data(await call(target.url, "auth.signUp", { email, password: PASSWORD }));
    const signUp = await raw(
      `${target.url}/trpc/auth.verifyEmail`,
      "POST",
      json,
      JSON.stringify({ email, code: await mailedCode(email), tokenInBody: true }),
    );
    const token = (JSON.parse(signUp.body) as { result: { data: { token: string } } }).result.data
      .token;
    const bearer = { ...json, authorization: `Bearer ${token}` };
    const enrollment = await raw(
      `${target.url}/trpc/totp.beginEnrollment`,
      "POST",
      bearer,
      '{"label":"Phone"}',
    );
    const e = (
      JSON.parse(enrollment.body) as {
        result: { data: { enrollmentId: string; otpauthUri: string } };
      }
    ).result.data;
    const code = otpAppCode(e.otpauthUri, target.clock.now());
    const confirmed = await raw(
      `${target.url}/trpc/totp.confirmEnrollment`,
      "POST",
      bearer,
      JSON.stringify({ enrollmentId: e.enrollmentId, code }),
    );
    const regenerated = await raw(
      `${target.url}/trpc/backupCodes.regenerate`,
      "POST",
      bearer,
      "{}",
    );
    const appPassword = await raw(
      `${target.url}/trpc/appPasswords.create`,
      "POST",
      bearer,
      '{"name":"Mail","scopes":["mail"]}',
    );
    const me = await raw(`${target.url}/trpc/auth.me`, "GET", { authorization: `Bearer ${token}` });
    const refused = await post("auth.signOut", { ...json, origin: "https://evil.example" }, "{}");
    for (const [name, answer] of Object.entries({
      signUp,
      enrollment,
      confirmed,
      regenerated,
      appPassword,
      me,
      refused,
    })) {
      expect([name, answer.headers["cache-control"]]).toEqual([
        name,
        expect.stringContaining("no-store"),
      ]);
    }
    expect([signUp, enrollment, confirmed, regenerated, appPassword].map((a) => a.status)).toEqual([
      200, 200, 200, 200, 200,
    ]);
    expect(reason({ status: refused.status, body: JSON.parse(refused.body), setCookie: [] })).toBe(
      "CROSS_SITE_REQUEST",
    );
  });
});
