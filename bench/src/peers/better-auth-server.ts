// The peer: better-auth with email + password and its two-factor plugin (TOTP), mounted with
// toNodeHandler on /api/auth/*, on PGlite through better-auth's drizzle adapter. Run as a child
// process by better-auth.ts on a database it has seeded:
//   PEER_DATA_DIR=<pglite folder> BETTER_AUTH_SECRET=<secret> node better-auth-server.ts
// It listens on a free loopback port and writes {"port":N} on stdout once it serves requests;
// SIGTERM closes the server and the database and exits 0.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { toNodeHandler } from "better-auth/node";
import { twoFactor } from "better-auth/plugins/two-factor";
import { drizzle } from "drizzle-orm/pglite";
import { schema } from "./better-auth-schema";

const BASE_PATH = "/api/auth";

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

const dataDir = required("PEER_DATA_DIR");
const secret = required("BETTER_AUTH_SECRET");

// The same PGlite build and options as Twofold's server (`PGlite.create({ dataDir })`).
const client = await PGlite.create({ dataDir });
const db = drizzle({ client, schema });

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let authHandler: Handler | null = null;

const server = createServer((req, res) => {
  if (authHandler && req.url?.startsWith(`${BASE_PATH}/`)) {
    authHandler(req, res);
    return;
  }
  res.writeHead(404).end();
});
await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
const { port } = server.address() as AddressInfo;

/**
 * Defaults everywhere but three settings:
 * - `baseURL`: the real origin, so that the origin check (a POST with cookies must carry a
 *   trusted Origin) accepts the bench's `Origin` header, and cookies have no `__Secure-` prefix.
 * - `rateLimit.enabled: false`: on in production (100 requests per 10 s per IP and path, and 3
 *   per 10 s on /two-factor/*), counted in memory per client IP; all the load comes from
 *   127.0.0.1, so it would refuse nearly every request.
 * - `telemetry.enabled: false` (off by default already; stated so that no run ever reports).
 * The drizzle adapter keeps its defaults too (no transactions, `transaction: false`).
 */
const auth = betterAuth({
  baseURL: `http://127.0.0.1:${port}`,
  basePath: BASE_PATH,
  secret,
  database: drizzleAdapter(db, { provider: "pg", schema }),
  emailAndPassword: { enabled: true },
  plugins: [twoFactor()],
  rateLimit: { enabled: false },
  telemetry: { enabled: false },
});
const nodeHandler = toNodeHandler(auth);
authHandler = (req, res) => {
  nodeHandler(req, res).catch((error: unknown) => {
    process.stderr.write(
      `handler failed: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    if (!res.headersSent) res.writeHead(500);
    res.end();
  });
};

process.stdout.write(`${JSON.stringify({ port })}\n`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  const closed = new Promise<void>((done) => server.close(() => done()));
  // Keep-alive connections of the load generator would hold close() open.
  server.closeAllConnections();
  await closed;
  await client.close();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
