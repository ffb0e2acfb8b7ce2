// `node dist/main.js`: the push gateway as its own process (scale-out).
import { startGateway } from "./gateway";

async function main(): Promise<void> {
  const server = process.env.TWOFOLD_SERVER_URL ?? "http://127.0.0.1:3000";
  const response = await fetch(`${server}/push/public-key`);
  if (!response.ok) throw new Error(`cannot read the server's public key at ${server}`);
  const { publicKey } = (await response.json()) as { publicKey: Record<string, string> };
  const gateway = await startGateway({
    serverPublicKey: publicKey,
    port: Number(process.env.PORT ?? 3001),
    host: process.env.HOST ?? "127.0.0.1",
    ...(process.env.REDIS_URL && { redisUrl: process.env.REDIS_URL }),
  });
  process.stdout.write(`Twofold push gateway on ${gateway.url}\n`);
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
