// A real server (in-process, fresh embedded database) with its push gateway, and the built app
// served under /authenticator/ with /trpc handed to that server: what the server's own
// /authenticator/ route will do (built by branch i21-engine), for trying the app before it lands.
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer, request as forward, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { createApiClient, type ApiClient } from "@twofold/client";
import { startGateway } from "@twofold/push-gateway";
import { devicesUrl, readEnv, startServer, type RunningServer } from "@twofold/server";

const DIST = resolve(import.meta.dirname, "..", "dist");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".map": "application/json",
};
/** The CSP the server sends (script-src 'self'; style-src 'self'), so inline code would fail. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data: blob:; media-src 'self' blob:; worker-src 'self'";

export interface AppStack {
  url: string;
  server: RunningServer;
  bearer: () => { api: ApiClient; keep: (token?: string | null) => void };
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
    }),
  });
  const { publicKey } = (await (await fetch(`${server.url}/push/public-key`)).json()) as {
    publicKey: Record<string, string>;
  };
  const gateway = await startGateway({ serverPublicKey: publicKey });
  server.setPushGateway({ deliverUrl: gateway.url, publicUrl: devicesUrl(gateway.url) });
  const target = new URL(server.url);

  const web: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (path.startsWith("/trpc/")) {
      const upstream = forward(
        {
          host: target.hostname,
          port: target.port,
          path: req.url,
          method: req.method,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on("error", () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    if (!path.startsWith("/authenticator/")) return void res.writeHead(404).end();
    const file = normalize(join(DIST, path.slice("/authenticator/".length)));
    const found = file.startsWith(DIST) && existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(DIST, "index.html");
    res.writeHead(200, {
      "content-type": TYPES[extname(served)] ?? "application/octet-stream",
      "content-security-policy": CSP,
      ...(served.endsWith("sw.js") && { "cache-control": "no-cache" }),
    });
    createReadStream(served).pipe(res);
  });
  await new Promise<void>((r) => web.listen(0, "127.0.0.1", r));
  const url = `http://localhost:${(web.address() as AddressInfo).port}`;
  return {
    url,
    server,
    bearer: () => {
      let token: string | null = null;
      const api = createApiClient({ url: `${server.url}/trpc`, token: () => token });
      return { api, keep: (t?: string | null) => void (token = t ?? token) };
    },
    close: async () => {
      web.close();
      await gateway.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
