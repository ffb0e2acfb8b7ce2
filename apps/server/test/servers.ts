// Scaled out: several servers on one PostgreSQL database, as behind a load balancer.
import { randomBytes } from "node:crypto";
import type { TwofoldConfig } from "@twofold/core";
import { createTestDatabaseURL } from "@twofold/testing";
import { readEnv } from "../src/env";
import { startServer, type RunningServer } from "../src/server";

/**
 * Two servers sharing a fresh PostgreSQL database and one master key, each with `env` added
 * (e.g. REDIS_URL) and `config` if given. `cleanups` receives how to close and drop them.
 */
export async function twoServersOnPostgres(options: {
  env: Record<string, string>;
  config?: Partial<TwofoldConfig>;
  cleanups: (() => Promise<unknown>)[];
}): Promise<RunningServer[]> {
  const database = await createTestDatabaseURL("postgres");
  options.cleanups.push(() => database.drop());
  const masterKey = randomBytes(32).toString("hex");
  const servers = await Promise.all(
    [1, 2].map(() =>
      startServer({
        env: readEnv({
          PORT: "0",
          LOG_LEVEL: "silent",
          DATABASE_URL: database.url,
          TWOFOLD_MASTER_KEY: masterKey,
          ...options.env,
        }),
        ...(options.config && { config: options.config }),
      }),
    ),
  );
  options.cleanups.push(() => Promise.all(servers.map((s) => s.close())));
  return servers;
}
