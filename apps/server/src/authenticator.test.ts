import { createTestDatabase } from "@twofold/testing";
import type { DatabaseHandle } from "@twofold/db";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { gunzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "./env";
import { startServer, type RunningServer } from "./server";

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "authenticator-dist");

/** A GET with exactly these headers (fetch would add accept-encoding and decompress). */
function getWith(
  url: string,
  headers: Record<string, string>,
): Promise<{ encoding: string | undefined; vary: string | undefined; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          encoding: res.headers["content-encoding"],
          vary: res.headers.vary,
          bytes: Buffer.concat(chunks),
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

/** A GET as a browser sends it, with the path exactly as written (fetch would normalize it). */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method: "GET", path }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the phone authenticator under /authenticator/", () => {
  let database: DatabaseHandle;
  let server: RunningServer;
  let unbuilt: RunningServer;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    const env = { PORT: "0", LOG_LEVEL: "silent", TWOFOLD_WEB_DIR: join(FIXTURE, "no-web") };
    server = await startServer({
      env: readEnv({ ...env, TWOFOLD_AUTHENTICATOR_DIR: FIXTURE }),
      database,
    });
    unbuilt = await startServer({
      env: readEnv({ ...env, TWOFOLD_AUTHENTICATOR_DIR: join(FIXTURE, "missing") }),
      database,
    });
  });
  afterAll(async () => {
    await server.close();
    await unbuilt.close();
    await database.close();
  });

  it("serves its shell, and the shell for any path under it (the app routes itself)", async () => {
    for (const path of ["/authenticator/", "/authenticator/request/abc"]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(await response.text()).toContain("fixture authenticator shell");
    }
    const bare = await fetch(`${server.url}/authenticator`, { redirect: "manual" });
    expect(bare.status).toBe(308);
    expect(bare.headers.get("location")).toBe("/authenticator/");
  });

  it("serves the manifest as a manifest, and the service worker unhashed and revalidated", async () => {
    const manifest = await fetch(`${server.url}/authenticator/manifest.webmanifest`);
    expect(manifest.headers.get("content-type")).toBe("application/manifest+json");
    expect(await manifest.json()).toMatchObject({ scope: "/authenticator/" });
    const worker = await fetch(`${server.url}/authenticator/sw.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(worker.headers.get("cache-control")).toBe("no-cache");
    const asset = await fetch(`${server.url}/authenticator/assets/index-Abc123XY.js`);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("sends its own CSP: the app's scripts and worker (its shell's inline blocks by hash), its API, images and camera from blob:", async () => {
    const csp = (await fetch(`${server.url}/authenticator/`)).headers.get(
      "content-security-policy",
    );
    const directives = new Map(
      (csp ?? "").split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]),
    );
    expect(Object.fromEntries(directives)).toEqual({
      "default-src": "'self'",
      // The fixture's inline script and style, hashed by openssl (sha256, base64): those two
      // blocks run, no other inline code would.
      "script-src": "'self' 'sha256-YlbkC8Ep6RcCdmQZ5/Um/jOzKDE3/mgg0ctZgYcDBNg='",
      "style-src": "'self' 'sha256-7CLboPuZSnCQOKlMwRTT6B2R9YHJZfcaNIP4wf/g3ac='",
      "img-src": "'self' data: blob:",
      "media-src": "'self' blob:",
      "connect-src": "'self'",
      "worker-src": "'self'",
      "manifest-src": "'self'",
      "frame-ancestors": "'none'",
      "base-uri": "'none'",
      "form-action": "'self'",
    });
    // The rest of the site keeps its stricter policy (no blob:, no workers named).
    const home = (await fetch(`${server.url}/`)).headers.get("content-security-policy");
    expect(home).not.toContain("blob:");
  });

  it("lets the app reach the gateway's WebSocket origin once a gateway runs", async () => {
    server.setPushGateway({
      deliverUrl: "http://127.0.0.1:1",
      publicUrl: "wss://gateway.example.org/devices",
    });
    try {
      const csp = (await fetch(`${server.url}/authenticator/`)).headers.get(
        "content-security-policy",
      );
      expect(csp).toContain("connect-src 'self' wss://gateway.example.org;");
    } finally {
      server.setPushGateway(null);
    }
  });

  it("sends its scripts gzipped to a browser that accepts gzip (a phone on a slow network), plain to others", async () => {
    const url = `${server.url}/authenticator/assets/index-Abc123XY.js`;
    const file = readFileSync(join(FIXTURE, "assets", "index-Abc123XY.js"));
    const gzipped = await getWith(url, { "accept-encoding": "gzip, deflate" });
    expect(gzipped.encoding).toBe("gzip");
    expect(gzipped.vary).toBe("accept-encoding");
    expect(gunzipSync(gzipped.bytes).equals(file)).toBe(true);
    const plain = await getWith(url, {});
    expect(plain.encoding).toBeUndefined();
    expect(plain.bytes.equals(file)).toBe(true);
  });

  it("never serves a file outside its folder", async () => {
    const escaped = await rawGet(server.url, "/authenticator/../../src/server.ts");
    expect(escaped.body).not.toContain("startServer");
    const encoded = await rawGet(server.url, "/authenticator/%2e%2e/%2e%2e/src/server.ts");
    expect(encoded.body).not.toContain("startServer");
  });

  it("says so when the authenticator is not built", async () => {
    const response = await fetch(`${unbuilt.url}/authenticator/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("The phone authenticator is not built");
  });
});
