// Application-password checks per second through POST /sync/check, against a bare Node HTTP
// server answering a constant, in the same run, sides alternating; beside them on the same
// server, the OpenID Connect provider's token introspection and code flows (oidc.ts).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateSync } from "otplib";
import { startBareNode } from "./bare-node";
import { median, rateFigures, type RateFigures } from "./figures";
import { runFixedLoad, type FixedLoadJob, type FixedLoadResult } from "./fixed-load";
import { waitForSignUpCode } from "@twofold/test-stack/sign-up";
import {
  introspectionJob,
  runCodeFlows,
  seedOidc,
  type CodeFlowResult,
  type OidcReport,
} from "./oidc";
import { writeClientsFile } from "./oidc-flow";
import { startBuiltServer, type BuiltServer } from "./server";

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

/** A person with two-step on (an OTP app) and an application password for mail (`password`). */
async function seedAccount(
  url: string,
  mailOutbox: string,
): Promise<{ email: string; password: string; totpSecret: string }> {
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
  return { email, password: created.password, totpSecret: secret };
}

/** A run on the server with the server's CPU time per success (Linux; null elsewhere). */
interface ServerRun {
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number };
  cpuMsPerRequest: number | null;
}

/**
 * A run against the server, with the server's CPU time per success (Linux): it moves much less
 * than req/s on a shared machine.
 */
async function onServer<R>(
  server: BuiltServer,
  run: () => Promise<R>,
  successes: (result: R) => number,
): Promise<R & { cpuMsPerRequest: number | null }> {
  const before = server.cpuMs();
  const result = await run();
  const after = server.cpuMs();
  const n = successes(result);
  const cpuMsPerRequest =
    before === null || after === null || n === 0 ? null : (after - before) / n;
  return { ...result, cpuMsPerRequest };
}

function withCpu(runs: readonly ServerRun[]): RateFigures & { cpuMsPerRequest: number | null } {
  const cpu = runs.flatMap((r) => (r.cpuMsPerRequest === null ? [] : [r.cpuMsPerRequest]));
  return { ...rateFigures(runs), cpuMsPerRequest: cpu.length ? median(cpu) : null };
}

export interface SyncCheckBench {
  appPasswords: AppPasswordReport;
  /** Token introspection (its rounds alternating with the sync check's) and code flows. */
  oidc: OidcReport | null;
}

export interface SyncCheckBenchOptions {
  rounds: number;
  durationMs: number;
  connections: number;
  progress: (line: string) => void;
  /** Also measure the OpenID Connect provider on the same server (null: leave it out). */
  oidc: { flowWorkers: number } | null;
}

/**
 * The sync check against bare Node; with `oidc`, on the same server, token introspection in
 * rounds alternating with the sync check's, then the full code flows.
 */
export async function runSyncCheckBench(options: SyncCheckBenchOptions): Promise<SyncCheckBench> {
  const dataDir = mkdtempSync(join(tmpdir(), "twofold-bench-sync-"));
  const server = await startBuiltServer({
    env: {
      TWOFOLD_DATA_DIR: dataDir,
      TWOFOLD_GATEWAY: "off",
      TWOFOLD_SYNC_SECRET: SECRET,
      ...(options.oidc && { TWOFOLD_OIDC_CLIENTS: writeClientsFile(dataDir) }),
    },
  });
  const bare = await startBareNode();
  try {
    const outbox = join(dataDir, "mail-outbox.jsonl");
    const { email, password, totpSecret } = await seedAccount(server.url, outbox);
    const seeded =
      options.oidc && (await seedOidc(server.url, { email, password: PASSWORD, totpSecret }));
    const body = JSON.stringify({ user: email, password, protocol: "imap", ip: "192.0.2.1" });
    const load = { connections: options.connections, durationMs: options.durationMs };
    const job = (url: string) => ({
      url: `${url}/sync/check`,
      headers: { authorization: `Bearer ${SECRET}`, "content-type": "application/json" },
      body,
      expect: '"allow"',
      ...load,
    });
    const introspection = seeded && introspectionJob(server.url, seeded.accessToken, load);
    // A short warm-up of each side (JIT, connections), then the rounds, alternating.
    await runFixedLoad({ ...job(bare.url), durationMs: 1_000 });
    await runFixedLoad({ ...job(server.url), durationMs: 1_000 });
    if (introspection) await runFixedLoad({ ...introspection, durationMs: 1_000 });
    const measured = (run: FixedLoadJob) =>
      onServer(
        server,
        () => runFixedLoad(run),
        (r) => r.ok,
      );
    const twofoldRuns: (FixedLoadResult & ServerRun)[] = [];
    const bareRuns: FixedLoadResult[] = [];
    const introspectionRuns: (FixedLoadResult & ServerRun)[] = [];
    for (let round = 1; round <= options.rounds; round += 1) {
      const b = await runFixedLoad(job(bare.url));
      // The sync check first in odd rounds, introspection first in even ones.
      const i = introspection && round % 2 === 0 ? await measured(introspection) : null;
      const t = await measured(job(server.url));
      const j = introspection && !i ? await measured(introspection) : i;
      bareRuns.push(b);
      twofoldRuns.push(t);
      options.progress(
        `[sync check] round ${round}: bare Node ${Math.round(b.requestsPerSecond)} req/s, ` +
          `Twofold ${Math.round(t.requestsPerSecond)} req/s (p50 ${t.latencyMs.p50.toFixed(2)} ms, ` +
          `p99 ${t.latencyMs.p99.toFixed(2)} ms)${t.firstFailure ? `; first failure: ${t.firstFailure}` : ""}`,
      );
      if (j) {
        introspectionRuns.push(j);
        options.progress(
          `[introspection] round ${round}: ${Math.round(j.requestsPerSecond)} req/s ` +
            `(p50 ${j.latencyMs.p50.toFixed(2)} ms, p99 ${j.latencyMs.p99.toFixed(2)} ms), ` +
            `${(j.requestsPerSecond / t.requestsPerSecond).toFixed(2)} of the sync check` +
            `${j.firstFailure ? `; first failure: ${j.firstFailure}` : ""}`,
        );
      }
    }
    const twofold = rateFigures(twofoldRuns);
    const bareNode = rateFigures(bareRuns);
    const errors = [...twofoldRuns, ...bareRuns].reduce((n, r) => n + r.other + r.errors, 0);
    const appPasswords: AppPasswordReport = {
      connections: options.connections,
      durationMs: options.durationMs,
      rounds: options.rounds,
      twofold,
      bareNode,
      ratio: twofold.median / bareNode.median,
      errors,
    };
    if (!seeded || !options.oidc) return { appPasswords, oidc: null };

    const introspected = withCpu(introspectionRuns);
    const flows = { url: server.url, cookie: seeded.cookie, workers: options.oidc.flowWorkers };
    await runCodeFlows({ ...flows, durationMs: 1_000 });
    const flowRuns: (CodeFlowResult & ServerRun)[] = [];
    for (let round = 1; round <= options.rounds; round += 1) {
      const f = await onServer(
        server,
        () => runCodeFlows({ ...flows, durationMs: options.durationMs }),
        (r) => r.flows,
      );
      flowRuns.push(f);
      options.progress(
        `[code flows] round ${round}: ${f.requestsPerSecond.toFixed(1)} flows/s ` +
          `(p50 ${f.latencyMs.p50.toFixed(1)} ms, p99 ${f.latencyMs.p99.toFixed(1)} ms)` +
          `${f.firstFailure ? `; ${f.failed} failed, first: ${f.firstFailure}` : ""}`,
      );
    }
    const paths: Record<string, number> = {};
    for (const run of flowRuns)
      for (const [path, n] of Object.entries(run.paths)) paths[path] = (paths[path] ?? 0) + n;
    return {
      appPasswords,
      oidc: {
        introspection: {
          ...load,
          rounds: options.rounds,
          twofold: introspected,
          syncCheck: withCpu(twofoldRuns),
          ratio: introspected.median / twofold.median,
          errors: introspectionRuns.reduce((n, r) => n + r.other + r.errors, 0),
        },
        codeFlows: {
          workers: options.oidc.flowWorkers,
          durationMs: options.durationMs,
          rounds: options.rounds,
          flows: withCpu(flowRuns),
          paths,
          errors: flowRuns.reduce((n, r) => n + r.failed, 0),
          firstFailure: flowRuns.find((r) => r.firstFailure)?.firstFailure ?? null,
        },
      },
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
