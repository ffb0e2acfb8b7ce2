import { readEnv } from "./env";
import { superviseGateway, type GatewayStatus } from "./gateway-supervisor";
import { createLogger } from "./logger";
import type { PushGatewayTarget } from "./push-gateway";
import { addressToOpen, devicesUrl, startServer } from "./server";

/** The start banner's gateway line: where devices connect, or that it is down and why. */
function gatewayLine(status: GatewayStatus | null): string {
  if (!status) return "";
  if (status.state === "up") return `\n  (push gateway: ${devicesUrl(status.url)})`;
  return `\n  (push gateway: down) ${status.why}`;
}

/** `pnpm start`: runs Twofold until SIGINT/SIGTERM, then closes connections and the database. */
async function main(): Promise<void> {
  const env = readEnv();
  const log = createLogger(env.LOG_LEVEL);
  const server = await startServer({ env, logger: log });
  let supervisor: ReturnType<typeof superviseGateway> | null = null;
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    Promise.all([supervisor?.stop(), server.close()]).then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));

  // The push gateway runs beside the server (its own process, restarted when it exits), unless
  // one runs elsewhere.
  let gateway: GatewayStatus | null = null;
  if (env.TWOFOLD_GATEWAY === "on" && !env.TWOFOLD_GATEWAY_URL) {
    let target: PushGatewayTarget | null = null;
    supervisor = superviseGateway({
      serverUrl: server.url,
      port: env.TWOFOLD_GATEWAY_PORT ?? (env.PORT ? env.PORT + 1 : 0),
      ...(env.REDIS_URL && { redisUrl: env.REDIS_URL }),
      log,
      onChange: (status) => {
        if (status.state === "up")
          target = {
            deliverUrl: status.url,
            // Behind a TLS proxy, phones connect through it (wss://…/devices), not to the port.
            publicUrl: env.TWOFOLD_GATEWAY_PUBLIC_URL ?? devicesUrl(status.url),
          };
        server.setPushGateway(target, status.state);
      },
    });
    gateway = await supervisor.first;
  }
  // Printed once everything runs.
  const open = addressToOpen(server.url);
  process.stdout.write(
    `\n  Twofold is running: open ${open}\n  (database: ${server.databaseKind})${gatewayLine(gateway)}\n\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Twofold could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
