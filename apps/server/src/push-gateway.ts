import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Logger } from "./logger";
import { openRedis } from "./redis";

/** Where pushes go: the gateway's delivery endpoint, and the address devices connect to. */
export interface PushGatewayTarget {
  deliverUrl: string;
  publicUrl: string;
}

/** The channel gateways listen on when scaled out (apps/push-gateway reads the same name). */
export const DELIVERY_CHANNEL = "twofold:push:deliveries";

/**
 * How the server hands a signed delivery to the gateways: Redis pub/sub when REDIS_URL is set
 * (every gateway hears it), else the gateway beside this server, over loopback HTTP.
 */
export function createPushDelivery(
  redisUrl: string | undefined,
  target: { current: PushGatewayTarget | null },
  log: Logger,
): { deliver: (signed: string) => Promise<void>; close: () => void } {
  // Redis down: the delivery fails within 2 s and the request stays in the database, where
  // the device finds it when it asks (device.pending), as it does after any missed delivery.
  const redis = redisUrl ? openRedis(redisUrl, log, "push-deliveries") : null;
  return {
    deliver: async (signed) => {
      if (redis) {
        await redis.publish(DELIVERY_CHANNEL, signed);
        return;
      }
      if (!target.current) return;
      await fetch(`${target.current.deliverUrl}/deliver`, {
        method: "POST",
        body: signed,
        signal: AbortSignal.timeout(2_000),
      });
    },
    close: () => redis?.disconnect(),
  };
}

const GATEWAY_MAIN = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "push-gateway",
  "dist",
  "main.js",
);

/**
 * `pnpm start` runs the gateway beside the server: its built bin as a child process on
 * `port`, reading this server's public key. Null when it is not built.
 */
export async function spawnGateway(
  serverUrl: string,
  port: number,
  redisUrl: string | undefined,
): Promise<{ child: ChildProcess; url: string } | null> {
  if (!existsSync(GATEWAY_MAIN)) return null;
  const env = {
    ...process.env,
    TWOFOLD_SERVER_URL: serverUrl,
    PORT: String(port),
    HOST: "127.0.0.1",
    ...(redisUrl && { REDIS_URL: redisUrl }),
  };
  const child = spawn(process.execPath, [GATEWAY_MAIN], {
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string | null>((done) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /gateway on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) done(match[1]);
    });
    child.once("exit", () => done(null));
    setTimeout(() => done(null), 10_000);
  });
  if (!url) {
    child.kill();
    return null;
  }
  return { child, url };
}
