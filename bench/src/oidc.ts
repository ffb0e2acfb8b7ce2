// Twofold as an OpenID Connect provider (issue 24): token introspection per second beside the
// sync check on the same server (app-passwords.ts runs both), and full code flows per second.
import { CookieJar } from "./cookie-jar";
import type { RateFigures } from "./figures";
import type { FixedLoadJob } from "./fixed-load";
import { inChildProcess } from "./load";
import { BENCH_APP, codeFlow, introspectionRequest, signInBrowser } from "./oidc-flow";
import type { LatencySummary } from "./stats";

/** Code flows under way at a time (one browser session, as many tabs). */
export const CODE_FLOW_WORKERS = 4;

/** The redirects of a first-party app's sign-in from a browser signed in to Twofold. */
export const EXPECTED_PATH = "/oidc/auth -> /oidc/interaction/:uid -> /oidc/auth/:uid -> callback";

export interface IntrospectionReport {
  connections: number;
  durationMs: number;
  rounds: number;
  /** Successful introspections (`"active":true`) per second; the server's CPU ms per one. */
  twofold: RateFigures & { cpuMsPerRequest: number | null };
  /** POST /sync/check on the same server, its rounds alternating with these. */
  syncCheck: RateFigures & { cpuMsPerRequest: number | null };
  /** twofold.median / syncCheck.median; goal at least 0.5. */
  ratio: number;
  errors: number;
}

export interface CodeFlowReport {
  /** Flows under way at a time. */
  workers: number;
  durationMs: number;
  rounds: number;
  /** Whole flows (authorization request to tokens) per second; p50/p99 and server CPU ms of one. */
  flows: RateFigures & { cpuMsPerRequest: number | null };
  /** How many flows took each way (EXPECTED_PATH is the only one expected). */
  paths: Record<string, number>;
  errors: number;
  firstFailure: string | null;
}

export interface OidcReport {
  introspection: IntrospectionReport;
  codeFlows: CodeFlowReport;
}

/** One run of the code-flow loop; plain data, it crosses to the load process. */
export interface CodeFlowJob {
  url: string;
  /** The Cookie header of the browser signed in to Twofold (its session). */
  cookie: string;
  workers: number;
  durationMs: number;
}

export interface CodeFlowResult {
  workers: number;
  flows: number;
  failed: number;
  firstFailure: string | null;
  paths: Record<string, number>;
  /** Completed flows over the time from the start to the last completed flow. */
  requestsPerSecond: number;
  latencyMs: LatencySummary;
}

const WORKER = new URL("./code-flow-worker.ts", import.meta.url);

/** The loop in a child process: the load never shares a CPU queue with the measuring process. */
export function runCodeFlows(job: CodeFlowJob): Promise<CodeFlowResult> {
  return inChildProcess<CodeFlowJob, CodeFlowResult>(WORKER, job);
}

/**
 * A browser signed in to Twofold (password and OTP code) and an access token of the app from a
 * real code flow through it: the browser's Cookie header and the token.
 */
export async function seedOidc(
  url: string,
  person: { email: string; password: string; totpSecret: string },
): Promise<{ cookie: string; accessToken: string }> {
  const browser = new CookieJar();
  await signInBrowser(url, browser, person);
  const cookie = browser.header;
  const { accessToken, path } = await codeFlow(url, new CookieJar(cookie));
  if (path.join(" -> ") !== EXPECTED_PATH)
    throw new Error(`the first code flow went ${path.join(" -> ")}`);
  return { cookie, accessToken };
}

/** The fixed-load job of the introspection of `token` by the bench's app. */
export function introspectionJob(
  url: string,
  token: string,
  load: { connections: number; durationMs: number },
): FixedLoadJob {
  return { ...introspectionRequest(url, token, BENCH_APP), expect: '"active":true', ...load };
}

const r = (n: number) => Math.round(n).toLocaleString("en-US");

export function describeIntrospection(report: IntrospectionReport): string {
  const t = report.twofold;
  const ms = (v: number | null) => (v === null ? null : `${v.toFixed(2)} ms`);
  const [a, b] = [ms(t.cpuMsPerRequest), ms(report.syncCheck.cpuMsPerRequest)];
  const cpu = a && b ? `${a} (sync check ${b})` : null;
  return (
    `Token introspection (POST /oidc/token/introspection, an access token, the app's HTTP Basic ` +
    `auth; ${report.connections} connections, median of ${report.rounds} × ${report.durationMs / 1000} s, ` +
    `rounds alternating with POST /sync/check on the same server): ${r(t.median)} req/s ` +
    `(min ${r(t.min)}, max ${r(t.max)}, p50 ${t.p50Ms.toFixed(2)} ms, p99 ${t.p99Ms.toFixed(2)} ms), ` +
    `sync check ${r(report.syncCheck.median)} req/s: ratio ${report.ratio.toFixed(2)} (goal ≥ 0.5)` +
    `${cpu ? `; server CPU per request ${cpu}` : ""}` +
    `${report.errors ? `, ${report.errors} errors` : ""}`
  );
}

export function describeCodeFlows(report: CodeFlowReport): string {
  const f = report.flows;
  const others = Object.keys(report.paths).filter((path) => path !== EXPECTED_PATH);
  return (
    `Full code flows (${report.workers} at a time from one browser signed in to Twofold, a ` +
    `first-party app, PKCE: ${EXPECTED_PATH}, then the code exchanged at /oidc/token; median of ` +
    `${report.rounds} × ${report.durationMs / 1000} s): ${f.median.toFixed(1)} flows/s ` +
    `(min ${f.min.toFixed(1)}, max ${f.max.toFixed(1)}), one flow p50 ${f.p50Ms.toFixed(1)} ms, ` +
    `p99 ${f.p99Ms.toFixed(1)} ms` +
    `${f.cpuMsPerRequest === null ? "" : `, server CPU ${f.cpuMsPerRequest.toFixed(1)} ms per flow`}` +
    `${others.length ? `; other ways: ${others.join("; ")}` : ""}` +
    `${report.errors ? `; ${report.errors} errors, first: ${report.firstFailure ?? "?"}` : ""}`
  );
}
