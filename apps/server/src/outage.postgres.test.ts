// Outage: PostgreSQL stopped and started again under load must not take Twofold down. Every
// answer meanwhile is a prompt 503 SERVICE_UNAVAILABLE (never a 500, a hang or a refused
// socket), a code tried meanwhile is not spent, and Twofold works again without a restart.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSecondPostgres, type OutageServer } from "@twofold/testing";
import { afterAll, describe, expect, it } from "vitest";
import { call, data, reason, type CallOptions } from "../test/http";
import { signUpWithTOTP } from "../test/person";
import { startBuiltServer, type BuiltServer } from "../test/built-server";

const PASSWORD = "correct horse battery staple";
const SYNC_SECRET = "outage-test-sync-secret-of-32-characters";
const INTROSPECTION_SECRET = "outage-test-introspection-secret-of-32-chars";
/** Longer than any bound of the server (5 s to connect, 10 s a statement): then it hung. */
const HANG_MS = 20_000;

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface Answer {
  status: number;
  reason: string | undefined;
}

/** A POST that records a hang (no answer within HANG_MS) or a refused socket as status 0. */
async function post(
  url: string,
  path: string,
  input: unknown,
  options: CallOptions = {},
): Promise<Answer> {
  try {
    const reply = await call(url, path, input, {
      ...options,
      signal: AbortSignal.timeout(HANG_MS),
    });
    return { status: reply.status, reason: reason(reply) };
  } catch (error) {
    return { status: 0, reason: error instanceof Error ? error.name : typeof error };
  }
}

/** Four clients each signing up and then in, one request after another, one request after another, until stopped. */
function load(url: string): { answers: Answer[]; stop: () => Promise<void> } {
  const answers: Answer[] = [];
  let running = true;
  const client = async (n: number): Promise<void> => {
    for (let i = 0; running; i += 1) {
      const email = `load-${n}-${i}-${randomBytes(3).toString("hex")}@example.ch`;
      // People at addresses of their own (behind the trusted proxy): sign-ins per address are
      // limited, and this is not password spraying.
      const headers = { "x-forwarded-for": `10.${n}.${(i >> 8) & 255}.${i & 255}` };
      const signUp = await post(url, "auth.signUp", { email, password: PASSWORD }, { headers });
      answers.push(signUp);
      // Only an account that exists can sign in (a refused sign-up made none).
      if (signUp.status === 200)
        answers.push(await post(url, "auth.signIn", { email, password: PASSWORD }, { headers }));
    }
  };
  const clients = [1, 2, 3, 4].map(client);
  return {
    answers,
    stop: async () => {
      running = false;
      await Promise.all(clients);
    },
  };
}

/** A mail server that may introspect tokens (the provider's only client here). */
function clientsFile(dir: string): string {
  const path = join(dir, "oidc-clients.json");
  writeFileSync(
    path,
    JSON.stringify([
      {
        client_id: "mailserver",
        client_name: "Mail server",
        client_secret: INTROSPECTION_SECRET,
        grant_types: [],
      },
    ]),
  );
  return path;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function healthz(url: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(HANG_MS) });
  return { status: response.status, body: await response.json() };
}

async function syncCheck(url: string, user: string): Promise<Answer> {
  try {
    const response = await fetch(`${url}/sync/check`, {
      method: "POST",
      headers: { authorization: `Bearer ${SYNC_SECRET}`, "content-type": "application/json" },
      body: JSON.stringify({ user, password: "not-an-app-password", protocol: "imap" }),
      signal: AbortSignal.timeout(HANG_MS),
    });
    const body = (await response.json()) as { error?: { reason?: string } };
    return { status: response.status, reason: body.error?.reason };
  } catch (error) {
    return { status: 0, reason: error instanceof Error ? error.name : typeof error };
  }
}

/** The mail server asks the OpenID Connect provider about a token. */
async function introspect(url: string): Promise<Answer> {
  try {
    const response = await fetch(`${url}/oidc/token/introspection`, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`mailserver:${INTROSPECTION_SECRET}`).toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "token=some-access-token",
      signal: AbortSignal.timeout(HANG_MS),
    });
    const body = (await response.json()) as { error?: string };
    return { status: response.status, reason: body.error };
  } catch (error) {
    return { status: 0, reason: error instanceof Error ? error.name : typeof error };
  }
}

describe("PostgreSQL stopped and started again under load", () => {
  let postgres: OutageServer;
  let server: BuiltServer;
  let stderr = "";

  it("answers 503 SERVICE_UNAVAILABLE meanwhile, stays up, spends no code, then works again", async () => {
    postgres = await startSecondPostgres();
    cleanups.push(() => postgres.remove());
    const dataDir = mkdtempSync(join(tmpdir(), "twofold-outage-"));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    server = await startBuiltServer(dataDir, {
      DATABASE_URL: postgres.url,
      TWOFOLD_MASTER_KEY: randomBytes(32).toString("hex"),
      TWOFOLD_GATEWAY: "off",
      TWOFOLD_SYNC_SECRET: SYNC_SECRET,
      TWOFOLD_OIDC_CLIENTS: clientsFile(dataDir),
      TWOFOLD_TRUST_PROXY: "true",
      TWOFOLD_WEB_DIR: join(dataDir, "no-web"),
    });
    cleanups.push(() => server.stop());
    server.child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    let stdout = "";
    server.child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const { url } = server;

    // A person with two-step on, half-way through a sign-in: a backup code is next.
    const { email, token } = await signUpWithTOTP(url, {
      email: "outage@example.ch",
      password: PASSWORD,
      outbox: join(dataDir, "mail-outbox.jsonl"),
    });
    const { codes } = data<{ codes: string[] }>(
      await call(url, "backupCodes.regenerate", {}, { token }),
    );
    const pending = data<{ token: string }>(
      await call(url, "auth.signIn", { email, password: PASSWORD, tokenInBody: true }),
    ).token;
    const code = codes[0] ?? "";

    const traffic = load(url);
    await pause(1_500);
    await postgres.stop();
    await pause(500);
    // Down: each kind of request answers the temporary failure at once.
    const whileDown = [
      await post(url, "auth.verifyBackupCode", { code }, { token: pending }),
      await post(url, "auth.signIn", { email, password: PASSWORD }),
      await syncCheck(url, email),
      await introspect(url),
    ];
    const health = await healthz(url);
    await pause(3_000);
    await postgres.start();

    // Back: without restarting Twofold, requests succeed again (a fresh pooled connection).
    let back = false;
    for (let i = 0; i < 100 && !back; i += 1) {
      back = (await healthz(url)).status === 200;
      if (!back) await pause(100);
    }
    await pause(1_500);
    await traffic.stop();

    // One comparison, so that a failure shows the whole picture.
    const kinds = new Set(traffic.answers.map((a) => `${a.status} ${a.reason ?? ""}`.trim()));
    expect({
      whileDown,
      health,
      back,
      alive: server.child.exitCode === null,
      // Under load: every answer was a success or the typed temporary failure.
      answers: [...kinds].sort(),
      // Logged as the outage it is: each worker said it once (not once per tick).
      workerLines: (stdout.match(/[^\n]*worker round failed[^\n]*/g) ?? [])
        .map((line) => (JSON.parse(line) as { msg: string }).msg)
        .sort(),
    }).toEqual({
      whileDown: [
        { status: 503, reason: "SERVICE_UNAVAILABLE" },
        { status: 503, reason: "SERVICE_UNAVAILABLE" },
        { status: 503, reason: "SERVICE_UNAVAILABLE" },
        { status: 503, reason: "temporarily_unavailable" },
      ],
      health: { status: 503, body: { status: "unavailable", database: "down", gateway: "off" } },
      back: true,
      alive: true,
      answers: ["200", "503 SERVICE_UNAVAILABLE"],
      workerLines: [
        "app logout worker round failed; retrying",
        "log worker round failed; retrying",
        "mail worker round failed; retrying",
      ],
    });
    // The code tried while down was not spent: it signs in now.
    const verified = await call(url, "auth.verifyBackupCode", { code }, { token: pending });
    expect(data(verified)).toMatchObject({ status: "authenticated", remaining: 9 });
    expect(
      data(await call(url, "auth.signUp", { email: "after@example.ch", password: PASSWORD })),
    ).toEqual({ status: "verification_required" });
    expect(await healthz(url)).toEqual({
      status: 200,
      body: { status: "ok", database: "postgres", gateway: "off" },
    });
    // No stack traces.
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 90_000);
});
