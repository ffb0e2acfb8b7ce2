// Application-password checks per second through POST /sync/check, against a bare Node HTTP
// server answering a constant, in the same run, sides alternating.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateSync } from "otplib";
import { startBareNode } from "./bare-node";
import { rateFigures, type RateFigures } from "./figures";
import { runFixedLoad, type FixedLoadResult } from "./fixed-load";
import { waitForSignUpCode } from "@twofold/test-stack/sign-up";
import { startBuiltServer } from "./server";

const SECRET = "bench-sync-secret-of-at-least-32-characters";
const PASSWORD = "correct horse battery staple";

export interface AppPasswordReport {
  connections: number;
  durationMs: number;
  rounds: number;
  /** Successful checks ("allow") per second through the whole server. */
  twofold: RateFigures;
  /** The bare Node HTTP server answering a constant. */
  bareNode: RateFigures;
  /** twofold.median / bareNode.median; goal at least 1/3. */
  ratio: number;
  errors: number;
}

async function post(url: string, path: string, input: unknown, token?: string): Promise<unknown> {
  const response = await fetch(`${url}/trpc/${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { result?: { data?: unknown } };
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${JSON.stringify(body)}`);
  return body.result?.data;
}

/** A person with two-step on (an OTP app) and an application password for mail. */
async function seedAccount(
  url: string,
  mailOutbox: string,
): Promise<{ email: string; password: string }> {
  const email = "bench-sync@example.ch";
  await post(url, "auth.signUp", { email, password: PASSWORD });
  const { token } = (await post(url, "auth.verifyEmail", {
    email,
    code: await waitForSignUpCode(mailOutbox, email),
    tokenInBody: true,
  })) as { token: string };
  const e = (await post(url, "totp.beginEnrollment", { label: "Phone" }, token)) as {
    enrollmentId: string;
    otpauthUri: string;
  };
  const secret = new URL(e.otpauthUri).searchParams.get("secret") ?? "";
  const code = generateSync({ secret, epoch: Math.floor(Date.now() / 1000) });
  await post(url, "totp.confirmEnrollment", { enrollmentId: e.enrollmentId, code }, token);
  const created = (await post(
    url,
    "appPasswords.create",
    { name: "Bench", scopes: ["mail"] },
    token,
  )) as { password: string };
  return { email, password: created.password };
}

export async function runAppPasswordBench(options: {
  rounds: number;
  durationMs: number;
  connections: number;
  progress: (line: string) => void;
}): Promise<AppPasswordReport> {
  const dataDir = mkdtempSync(join(tmpdir(), "twofold-bench-sync-"));
  const server = await startBuiltServer({
    env: { TWOFOLD_DATA_DIR: dataDir, TWOFOLD_GATEWAY: "off", TWOFOLD_SYNC_SECRET: SECRET },
  });
  const bare = await startBareNode();
  try {
    const { email, password } = await seedAccount(server.url, join(dataDir, "mail-outbox.jsonl"));
    const body = JSON.stringify({ user: email, password, protocol: "imap", ip: "192.0.2.1" });
    const job = (url: string) => ({
      url: `${url}/sync/check`,
      headers: { authorization: `Bearer ${SECRET}`, "content-type": "application/json" },
      body,
      expect: '"allow"',
      connections: options.connections,
      durationMs: options.durationMs,
    });
    // A short warm-up of each side (JIT, connections), then the rounds, alternating.
    await runFixedLoad({ ...job(bare.url), durationMs: 1_000 });
    await runFixedLoad({ ...job(server.url), durationMs: 1_000 });
    const twofoldRuns: FixedLoadResult[] = [];
    const bareRuns: FixedLoadResult[] = [];
    for (let round = 1; round <= options.rounds; round += 1) {
      const b = await runFixedLoad(job(bare.url));
      const t = await runFixedLoad(job(server.url));
      bareRuns.push(b);
      twofoldRuns.push(t);
      options.progress(
        `[sync check] round ${round}: bare Node ${Math.round(b.requestsPerSecond)} req/s, ` +
          `Twofold ${Math.round(t.requestsPerSecond)} req/s (p50 ${t.latencyMs.p50.toFixed(2)} ms, ` +
          `p99 ${t.latencyMs.p99.toFixed(2)} ms)${t.firstFailure ? `; first failure: ${t.firstFailure}` : ""}`,
      );
    }
    const twofold = rateFigures(twofoldRuns);
    const bareNode = rateFigures(bareRuns);
    const errors = [...twofoldRuns, ...bareRuns].reduce((n, r) => n + r.other + r.errors, 0);
    return {
      connections: options.connections,
      durationMs: options.durationMs,
      rounds: options.rounds,
      twofold,
      bareNode,
      ratio: twofold.median / bareNode.median,
      errors,
    };
  } finally {
    await bare.stop();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function describeAppPasswords(report: AppPasswordReport): string {
  const r = (n: number) => Math.round(n).toLocaleString("en-US");
  return (
    `Application-password checks (POST /sync/check, ${report.connections} connections, ` +
    `median of ${report.rounds} × ${report.durationMs / 1000} s): Twofold ${r(report.twofold.median)} req/s ` +
    `(min ${r(report.twofold.min)}, max ${r(report.twofold.max)}, p50 ${report.twofold.p50Ms.toFixed(2)} ms, ` +
    `p99 ${report.twofold.p99Ms.toFixed(2)} ms), bare Node ${r(report.bareNode.median)} req/s: ` +
    `ratio ${report.ratio.toFixed(2)} (goal ≥ 0.33)${report.errors ? `, ${report.errors} errors` : ""}`
  );
}
