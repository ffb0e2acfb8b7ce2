// `node dist/main.js`: the push gateway as its own process (scale-out, or beside `pnpm start`).
import { readEnv } from "./env";
import { startGateway } from "./gateway";
import { exitWithParent, tellParent } from "./parent";

function isAddressInUse(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "EADDRINUSE";
}

async function main(): Promise<void> {
  exitWithParent();
  const env = readEnv();
  const server = env.TWOFOLD_SERVER_URL;
  const port = env.PORT;
  const response = await fetch(`${server}/push/public-key`);
  if (!response.ok) throw new Error(`cannot read the server's public key at ${server}`);
  const { publicKey } = (await response.json()) as { publicKey: Record<string, string> };
  const gateway = await startGateway({
    serverPublicKey: publicKey,
    port,
    host: env.HOST,
    ...(env.REDIS_URL && { redisUrl: env.REDIS_URL }),
  }).catch(async (error: unknown) => {
    if (!isAddressInUse(error)) throw error;
    // The server that spawned it names its own variable (TWOFOLD_GATEWAY_PORT) and retries.
    if (!(await tellParent({ type: "port-in-use", port }))) {
      process.stderr.write(
        `Port ${port} is in use (the push gateway's): set PORT to a free port or stop what holds it.\n`,
      );
    }
    process.exit(2);
  });
  process.stdout.write(`Twofold push gateway on ${gateway.url}\n`);
  await tellParent({ type: "listening", url: gateway.url });
  const stop = (): void => void gateway.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `gateway could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
