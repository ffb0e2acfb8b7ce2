import { readEnv } from "./env";
import { createLogger } from "./logger";
import { spawnGateway } from "./push-gateway";
import { addressToOpen, devicesUrl, startServer } from "./server";

/** `pnpm start`: runs Twofold until SIGINT/SIGTERM, then closes connections and the database. */
async function main(): Promise<void> {
  const env = readEnv();
  const log = createLogger(env.LOG_LEVEL);
  const server = await startServer({ env, logger: log });
  let gateway: Awaited<ReturnType<typeof spawnGateway>> = null;
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    gateway?.child.kill("SIGTERM");
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));

  // The push gateway runs beside the server (its own process), unless one runs elsewhere.
  if (env.TWOFOLD_GATEWAY === "on" && !env.TWOFOLD_GATEWAY_URL) {
    const port = env.TWOFOLD_GATEWAY_PORT ?? (env.PORT ? env.PORT + 1 : 0);
    gateway = await spawnGateway(server.url, port, env.REDIS_URL);
    if (gateway && !stopping) {
      server.setPushGateway({ deliverUrl: gateway.url, publicUrl: devicesUrl(gateway.url) });
    }
  }
  // Printed once everything runs.
  const open = addressToOpen(server.url);
  const push = gateway ? `\n  (push gateway: ${devicesUrl(gateway.url)})` : "";
  process.stdout.write(
    `\n  Twofold is running: open ${open}\n  (database: ${server.databaseKind})${push}\n\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Twofold could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
