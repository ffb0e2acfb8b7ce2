// A real server (in-process, fresh embedded database) serving the built app under
// /authenticator/, with a push gateway.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createApiClient, type ApiClient } from "@twofold/client";
import {
  devicesUrl,
  readEnv,
  startGatewayFor,
  startServer,
  type RunningServer,
} from "@twofold/test-stack";

const DIST = resolve(import.meta.dirname, "..", "dist");
export interface AppStack {
  url: string;
  server: RunningServer;
  bearer: () => { api: ApiClient; keep: (token?: string | null) => void };
  /** Where the server's embedded mailer writes (the sign-up's code is read from it). */
  mailOutbox: string;
  close: () => Promise<void>;
}

export async function startAppStack(): Promise<AppStack> {
  const dir = mkdtempSync(join(tmpdir(), "twofold-authenticator-"));
  const server = await startServer({
    env: readEnv({
      PORT: "0",
      LOG_LEVEL: "silent",
      TWOFOLD_DATA_DIR: dir,
      TWOFOLD_WEB_DIR: join(dir, "none"),
      TWOFOLD_AUTHENTICATOR_DIR: DIST,
    }),
  });
  const gateway = await startGatewayFor(server.url);
  server.setPushGateway({ deliverUrl: gateway.url, publicUrl: devicesUrl(gateway.url) });
  const url = server.url.replace("//127.0.0.1:", "//localhost:");
  return {
    url,
    server,
    mailOutbox: join(dir, "mail-outbox.jsonl"),
    bearer: () => {
      let token: string | null = null;
      const api = createApiClient({ url: `${server.url}/trpc`, token: () => token });
      return { api, keep: (t?: string | null) => void (token = t ?? token) };
    },
    close: async () => {
      await gateway.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
