import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as z from "zod";
import type { Logger } from "./logger";
import { portInUse } from "./ports";

/** The gateway beside this server: up at an address, or down and why. */
export type GatewayStatus = { state: "up"; url: string } | { state: "down"; why: string };

const GATEWAY_MAIN = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "push-gateway",
  "dist",
  "main.js",
);
const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;
/** Up this long, the gateway is healthy again: its next restart waits the first delay again. */
const STABLE_MS = 60_000;
/** A gateway that neither listens nor fails by then is killed (and restarted). */
const START_TIMEOUT_MS = 30_000;

/** What the gateway tells this server over the IPC channel (apps/push-gateway/src/parent.ts). */
const gatewayMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("listening"), url: z.string().regex(/^http:\/\/\S+$/) }),
  z.object({ type: z.literal("port-in-use"), port: z.number().int() }),
]);

export interface SuperviseOptions {
  serverUrl: string;
  /** 0: any free port at first, then that same port at each restart (devices keep the address). */
  port: number;
  redisUrl?: string;
  log: Logger;
  /** Each change of state (the server delivers to an up gateway and tells /healthz). */
  onChange: (status: GatewayStatus) => void;
}

export interface GatewaySupervisor {
  /** The first start's outcome, for the start banner (later ones are logged). */
  first: Promise<GatewayStatus>;
  /** Stops the gateway for good (the server shuts down): no restart. */
  stop: () => Promise<void>;
}

/**
 * `pnpm start` runs the push gateway beside the server, as a child process with an IPC channel
 * (the gateway exits when this process dies, however it dies). The server restarts a gateway
 * that exits, after 0.5 s, doubling to 30 s, and again after 0.5 s once one stayed up a minute;
 * a port in use is retried the same way (an orphan or another program may let it go), said in
 * one line, and /healthz says "down" meanwhile.
 */
export function superviseGateway(options: SuperviseOptions): GatewaySupervisor {
  const { log } = options;
  let port = options.port;
  let delay = FIRST_DELAY_MS;
  let child: ChildProcess | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let stableTimer: NodeJS.Timeout | null = null;
  let stopped = false;
  let settleFirst: ((status: GatewayStatus) => void) | null = null;
  const first = new Promise<GatewayStatus>((done) => (settleFirst = done));
  // The first outcome goes to the start banner; what follows goes to the log.
  const bannerTold = (): boolean => settleFirst === null;
  let portInUseLogged = false;

  const report = (status: GatewayStatus): void => {
    options.onChange(status);
    settleFirst?.(status);
    settleFirst = null;
  };

  const retryLater = (why: string): void => {
    report({ state: "down", why: `${why} Retrying.` });
    retryTimer = setTimeout(start, delay);
    delay = Math.min(delay * 2, MAX_DELAY_MS);
  };

  const start = (): void => {
    retryTimer = null;
    if (stopped) return;
    if (!existsSync(GATEWAY_MAIN)) {
      log.warn({ path: GATEWAY_MAIN }, "the push gateway is not built");
      report({ state: "down", why: "The push gateway is not built: run pnpm build." });
      return;
    }
    const env = {
      ...process.env,
      TWOFOLD_SERVER_URL: options.serverUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      ...(options.redisUrl && { REDIS_URL: options.redisUrl }),
    };
    const proc = spawn(process.execPath, [GATEWAY_MAIN], {
      env,
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    });
    child = proc;
    let up = false;
    let portTaken = false;
    const hung = setTimeout(() => proc.kill("SIGKILL"), START_TIMEOUT_MS);
    proc.on("message", (raw: unknown) => {
      const message = gatewayMessage.safeParse(raw);
      if (!message.success) return;
      if (message.data.type === "port-in-use") {
        portTaken = true;
        return;
      }
      const { url } = message.data;
      up = true;
      clearTimeout(hung);
      port = Number(new URL(url).port);
      portInUseLogged = false;
      stableTimer = setTimeout(() => (delay = FIRST_DELAY_MS), STABLE_MS);
      if (bannerTold()) log.info({ url }, "push gateway is up");
      report({ state: "up", url });
    });
    let ended = false;
    const onEnd = (code: number | null, signal: NodeJS.Signals | null): void => {
      if (ended) return;
      ended = true;
      clearTimeout(hung);
      if (stableTimer) clearTimeout(stableTimer);
      child = null;
      if (stopped) return;
      if (portTaken) {
        const line = portInUse(port, "the push gateway's", "TWOFOLD_GATEWAY_PORT");
        // Once per streak: a port held for hours is not a line every 30 s.
        if (bannerTold() && !portInUseLogged) log.warn({ port, retryInMs: delay }, line);
        portInUseLogged = true;
        return retryLater(line);
      }
      const how = signal ?? `code ${code ?? "?"}`;
      log.warn(
        { code, signal, restartInMs: delay },
        up ? "push gateway exited; restarting it" : "push gateway could not start; retrying",
      );
      retryLater(`The push gateway ${up ? "exited" : "could not start"} (${how}).`);
    };
    proc.once("exit", onEnd);
    proc.once("error", (error) => {
      log.warn({ error: error.message }, "push gateway process failed");
      onEnd(null, null);
    });
  };

  start();
  return {
    first,
    stop: async () => {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      if (stableTimer) clearTimeout(stableTimer);
      const proc = child;
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
      await new Promise<void>((done) => {
        proc.once("exit", () => done());
        proc.kill("SIGTERM");
        setTimeout(() => proc.kill("SIGKILL"), 5_000).unref();
      });
    },
  };
}
