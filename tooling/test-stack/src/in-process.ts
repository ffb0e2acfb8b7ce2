import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readEnv, startServer, type RunningServer, type StartOptions } from "@twofold/server";

export interface TestServer {
  server: RunningServer;
  /** The temporary folder: the embedded database in `data/`, room for the test's own files. */
  dir: string;
  /** Where the server's embedded SMS provider writes the messages it "sends". */
  outbox: string;
  /** Where its embedded mailer writes the security notifications it "sends". */
  mailOutbox: string;
  /** Closes the server and removes the folder. */
  close: () => Promise<void>;
}

/**
 * A real server in this process on a fresh embedded database in a temporary folder; `env` adds
 * to (or overrides) its environment, e.g. another SMS provider; `engine` its clock or tunables.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  engine: Pick<StartOptions, "clock" | "config"> = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "twofold-test-server-"));
  const server = await startServer({
    env: readEnv({
      PORT: "0",
      LOG_LEVEL: "silent",
      TWOFOLD_DATA_DIR: join(dir, "data"),
      TWOFOLD_WEB_DIR: join(dir, "no-web"),
      ...env,
    }),
    ...engine,
  });
  return {
    server,
    dir,
    outbox: join(dir, "data", "sms-outbox.jsonl"),
    mailOutbox: join(dir, "data", "mail-outbox.jsonl"),
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
