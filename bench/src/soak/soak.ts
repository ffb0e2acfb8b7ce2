// `pnpm bench --soak`: the mixed flows of real use at half the measured capacity, on a
// PostgreSQL of its own with Redis, for --minutes (10); that PostgreSQL restarted at a third of
// the run and the server's push gateway killed at two thirds. See ../../README.md.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rssOf } from "../push";
import { freePort, startSecondPostgres, type OutageServer } from "@twofold/testing";
import { startBuiltServer, type BuiltServer } from "../server";
import { analyse, type Fault, type SoakFigures } from "./analysis";
import { createCaller, Recorder } from "./calls";
import { drawFlow, runFlow, type FlowContext } from "./flows";
import { makePeople, type Person } from "./people";

export interface SoakOptions {
  minutes: number;
  progress: (line: string) => void;
  /** Cleanups still due if the run is interrupted. */
  cleanups: Set<() => Promise<void>>;
}

export interface SoakReport {
  minutes: number;
  people: number;
  /** Flows per second with 16 flows at a time, flat out (the capacity), and the soak's rate. */
  capacityFlowsPerSecond: number;
  targetFlowsPerSecond: number;
  flowsStarted: number;
  /** Flows due while 256 were already under way (not started: the server fell behind). */
  flowsNotStarted: number;
  faults: Fault[];
  figures: SoakFigures;
  rssMiB: { start: number | null; end: number | null };
  /** When the server died mid-run, if it did. */
  serverExited: string | null;
  /** The server's own warnings and errors (the start of them). */
  serverOutput: string;
}

const SYNC_SECRET = "soak-sync-secret-of-at-least-32-characters";
const PROBE_CONCURRENCY = 16;
const MAX_IN_FLIGHT = 256;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const mib = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;

/** Gateway processes seen during the run: none may outlive it (a server that died leaves its own). */
const gateways = new Set<number>();

/** A file of /proc, or "" when the process (or thread) is gone meanwhile. */
function proc(path: string): string {
  try {
    return readFileSync(`/proc/${path}`, "utf8");
  } catch {
    return "";
  }
}

/** Stops the gateways seen that still run (checked by their command line: a pid can be reused). */
function stopGateways(): void {
  for (const pid of gateways) {
    if (!proc(`${pid}/cmdline`).includes("push-gateway")) continue;
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      // It ended meanwhile.
    }
  }
  gateways.clear();
}

/** The push gateway the server runs beside itself: its child process running the gateway. */
function gatewayPid(serverPid: number): number | null {
  const tasks = proc(`${serverPid}/status`) ? readdirSync(`/proc/${serverPid}/task`) : [];
  for (const task of tasks) {
    const children = proc(`${serverPid}/task/${task}/children`);
    for (const pid of children.trim().split(/\s+/).filter(Boolean).map(Number)) {
      if (proc(`${pid}/cmdline`).includes("push-gateway")) {
        gateways.add(pid);
        return pid;
      }
    }
  }
  return null;
}

function serverRss(server: BuiltServer): number | null {
  try {
    return server.exitCode() === null ? mib(rssOf(server.pid)) : null;
  } catch {
    return null;
  }
}

/** Runs flows flat out, `concurrency` at a time, for `ms`: flows completed per second. */
async function measureCapacity(c: FlowContext, people: Person[], ms: number): Promise<number> {
  const end = performance.now() + ms;
  let done = 0;
  await Promise.all(
    Array.from({ length: PROBE_CONCURRENCY }, async () => {
      while (performance.now() < end) if (await runFlow(c, people, drawFlow())) done += 1;
    }),
  );
  return (done * 1000) / ms;
}

async function restartPostgres(pg: OutageServer, server: BuiltServer, fault: Fault): Promise<void> {
  const t0 = performance.now();
  await pg.stop();
  await pg.start();
  fault.notes.push(`PostgreSQL was back after ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await sleep(5_000);
  if (server.exitCode() !== null)
    fault.notes.push(`the server had exited (code ${server.exitCode()}) 5 s later`);
}

async function killGateway(server: BuiltServer, fault: Fault): Promise<void> {
  const pid = server.exitCode() === null ? gatewayPid(server.pid) : null;
  if (pid === null) return void fault.notes.push("no gateway process to kill");
  process.kill(pid, "SIGKILL");
  const t0 = performance.now();
  while (performance.now() - t0 < 30_000) {
    await sleep(500);
    const next = server.exitCode() === null ? gatewayPid(server.pid) : null;
    if (next !== null && next !== pid)
      return void fault.notes.push(
        `a new gateway ran ${((performance.now() - t0) / 1000).toFixed(1)} s later`,
      );
  }
  fault.notes.push("no gateway came back within 30 s");
}

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const { progress, minutes } = options;
  progress("[soak] starting a PostgreSQL of its own");
  const pg = await startSecondPostgres();
  const dataDir = mkdtempSync(join(tmpdir(), "twofold-soak-"));
  let server: BuiltServer | null = null;
  const cleanup = async (): Promise<void> => {
    await server?.stop();
    stopGateways();
    await pg.remove();
    rmSync(dataDir, { recursive: true, force: true });
  };
  options.cleanups.add(cleanup);
  try {
    server = await startBuiltServer({
      env: {
        DATABASE_URL: pg.url,
        TWOFOLD_MASTER_KEY: randomBytes(32).toString("hex"),
        REDIS_URL: "redis://127.0.0.1:6379",
        TWOFOLD_DATA_DIR: dataDir,
        TWOFOLD_GATEWAY: "on",
        TWOFOLD_GATEWAY_PORT: String(await freePort()),
        TWOFOLD_SYNC_SECRET: SYNC_SECRET,
        TWOFOLD_TRUST_PROXY: "true",
        TWOFOLD_SMS_LIMIT_PER_NUMBER: "1000000",
        TWOFOLD_SMS_LIMIT_PER_ACCOUNT: "1000000",
        TWOFOLD_SMS_LIMIT_PER_IP: "1000000",
        TWOFOLD_SMS_LIMIT_TOTAL: "1000000",
      },
    });
    gatewayPid(server.pid);
    const outbox = join(dataDir, "sms-outbox.jsonl");
    const setup = new Recorder(performance.now());
    const peopleCount = minutes >= 5 ? 200 : 100;
    progress(
      `[soak] ${peopleCount} people, each with an OTP app, a phone, a device and an app password`,
    );
    const people = await makePeople(server.url, createCaller(server.url, setup), {
      count: peopleCount,
      outbox,
      mailOutbox: join(dataDir, "mail-outbox.jsonl"),
    });
    const probe = new Recorder(performance.now());
    const probeContext = {
      caller: createCaller(server.url, probe),
      recorder: probe,
      outbox,
      syncSecret: SYNC_SECRET,
    };
    const probeMs = Math.min(30_000, minutes * 6_000);
    progress(
      `[soak] capacity: the mix flat out, ${PROBE_CONCURRENCY} flows at a time, ${probeMs / 1000} s`,
    );
    const capacity = await measureCapacity(probeContext, people, probeMs);
    const target = capacity / 2;
    progress(
      `[soak] ${capacity.toFixed(1)} flows/s; soaking at ${target.toFixed(1)} flows/s for ${minutes} min`,
    );

    const recorder = new Recorder(performance.now());
    const context = {
      caller: createCaller(server.url, recorder),
      recorder,
      outbox,
      syncSecret: SYNC_SECRET,
    };
    const rssStart = serverRss(server);
    const durationMs = minutes * 60_000;
    const running = server;
    const faults: Fault[] = [];
    let stopping = false;
    let serverExited: string | null = null;
    running.onExit((code) => {
      if (stopping) return;
      const line = `the server exited with ${code} at ${(recorder.now() / 1000).toFixed(1)} s`;
      progress(`[soak] ${line}`);
      serverExited = line;
    });
    const inject = (name: string, atMs: number, act: (f: Fault) => Promise<void>) =>
      sleep(atMs).then(() => {
        const fault: Fault = { name, at: recorder.now(), notes: [] };
        faults.push(fault);
        progress(`[soak] ${name} at ${(fault.at / 1000).toFixed(1)} s`);
        return act(fault);
      });
    const faultsDone = Promise.all([
      inject("PostgreSQL restart", durationMs / 3, (f) => restartPostgres(pg, running, f)),
      inject("gateway killed", (2 * durationMs) / 3, (f) => killGateway(running, f)),
    ]);

    const inFlight = new Set<Promise<unknown>>();
    let started = 0;
    let notStarted = 0;
    const interval = 1000 / Math.max(target, 0.1);
    for (let i = 0; recorder.now() < durationMs; i += 1) {
      if (inFlight.size >= MAX_IN_FLIGHT) notStarted += 1;
      else {
        started += 1;
        const flow = runFlow(context, people, drawFlow());
        inFlight.add(flow);
        void flow.finally(() => inFlight.delete(flow));
      }
      if (i % Math.max(1, Math.round(target * 30)) === 0)
        progress(
          `[soak] ${(recorder.now() / 1000).toFixed(0)} s: ${recorder.samples.length} requests, ${inFlight.size} flows under way`,
        );
      await sleep(Math.max(0, (i + 1) * interval - recorder.now()));
    }
    const endMs = recorder.now();
    await Promise.all([...inFlight]);
    await faultsDone;
    const rssEnd = serverRss(server);
    stopping = true;
    return {
      minutes,
      people: people.length,
      capacityFlowsPerSecond: capacity,
      targetFlowsPerSecond: target,
      flowsStarted: started,
      flowsNotStarted: notStarted,
      faults,
      figures: analyse(recorder.samples, faults, endMs),
      rssMiB: { start: rssStart, end: rssEnd },
      serverExited,
      serverOutput: server.output().slice(0, 4_000),
    };
  } finally {
    await cleanup();
    options.cleanups.delete(cleanup);
  }
}
